"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { sessionCookieName } from "./sign-in";

/**
 * 退出登录 as a plain form post (works before scripts load; server actions check the Origin):
 * the session cookie (our JWT, as next-auth names it) and the shopper marker cookie are deleted,
 * then the browser goes to `next` — one of our own paths, else home.
 */
export async function signOutAction(form: FormData) {
  const store = await cookies();
  store.delete(sessionCookieName());
  store.delete("promo_session");
  const next = String(form.get("next") ?? "/");
  redirect(next.startsWith("/") && !next.startsWith("//") ? next : "/");
}
