"use client";
import type { ComponentProps } from "react";
import NextLink from "next/link";
import { usePathname as useNextPathname } from "next/navigation";
import { useLocale } from "next-intl";
import { localePath, splitLocale } from "./routing";

/**
 * A shop link in the page's language (`/cart` → `/en/cart` on English pages). It does not
 * prefetch unless asked (`prefetch`): a page full of product cards would otherwise fetch dozens of
 * pages nobody opens; the bottom bar opts in for the likely next page. A thin wrapper over
 * next/link rather than next-intl's createNavigation, whose routing code would ship to every page.
 */
export function Link({ href, prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  const locale = useLocale();
  return <NextLink href={typeof href === "string" && href.startsWith("/") ? localePath(href, locale) : href} prefetch={prefetch} {...props} />;
}

/** The shop page's path without its language prefix. */
export function usePathname() {
  return splitLocale(useNextPathname() ?? "/").path;
}
