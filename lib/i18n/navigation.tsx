import type { ComponentProps } from "react";
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

const nav = createNavigation(routing);

/** Redirects and the pathname of shop pages, in the page's language (`/en/…` for English). */
export const { redirect, usePathname, useRouter, getPathname } = nav;

/**
 * A shop link in the page's language. It does not prefetch unless asked (`prefetch`): a page full
 * of product cards would otherwise fetch dozens of pages nobody opens; the bottom bar opts in for
 * the likely next page.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof nav.Link>) {
  return <nav.Link prefetch={prefetch} {...props} />;
}
