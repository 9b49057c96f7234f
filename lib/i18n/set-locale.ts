"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeCallback } from "@/lib/auth/safe-callback";
import { isLocale, LOCALE_COOKIE } from "./locales";
import { localePath } from "./routing";

/**
 * The language switcher: remembers the choice (cookie) and, on a shop page, goes to the same page
 * in the other language (`/en/…` or unprefixed); admin pages keep their URL.
 */
export async function setLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const path = formData.get("path");
  if (typeof path === "string" && path) redirect(localePath(safeCallback(path, "/"), locale));
}
