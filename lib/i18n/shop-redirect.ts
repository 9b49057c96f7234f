import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { localePath } from "./routing";

/** redirect() to a shop path in the current page's language (server components and actions). */
export async function shopRedirect(path: string): Promise<never> {
  redirect(localePath(path, await getLocale()));
}
