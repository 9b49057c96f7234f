import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { LOCALE_HEADER, localePath, PATH_HEADER, splitLocale } from "@/lib/i18n/routing";

// Pages only (API routes authorise themselves in lib/api/handler.ts):
// - /admin needs a staff session (shoppers get a 403 page);
// - shop pages carry their language in the URL: `/en/…` is rewritten to the page with the locale
//   passed on in a header; an unprefixed URL is Chinese, except that a visitor whose remembered
//   choice (cookie) or browser prefers English is redirected to `/en/…`, and `/zh/…` redirects to
//   the unprefixed URL (one URL per page and language);
// - shopper-only pages need a shopper session (→ the sign-in page in the same language).
const SHOPPER_ONLY = ["/me", "/orders", "/checkout"];

const noStore = (res: NextResponse) => {
  res.headers.set("cache-control", "private, no-store");
  res.headers.set("vary", "Cookie, Accept-Language");
  return res;
};

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  const headers = new Headers(req.headers);
  headers.delete(LOCALE_HEADER);
  headers.delete(PATH_HEADER);

  // Prometheus scrapes /metrics: the API route (it authorises the bearer key itself)
  if (pathname === "/metrics") return NextResponse.rewrite(new URL("/api/metrics", req.url));
  if (pathname.startsWith("/admin") || pathname === "/forbidden") {
    if (pathname === "/admin/login" || pathname === "/forbidden") return NextResponse.next({ request: { headers } });
    const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
    if (!token) return redirectTo(req, "/admin/login", pathname + search);
    if (token.kind !== "staff") return NextResponse.rewrite(new URL("/forbidden", req.url), { status: 403, request: { headers } });
    return NextResponse.next({ request: { headers } });
  }

  const { locale: prefixed, path } = splitLocale(pathname);
  if (prefixed === "zh") return noStore(NextResponse.redirect(new URL(path + search, req.url), 308));
  let locale: "zh" | "en" = prefixed ?? "zh";
  if (!prefixed) {
    const chosen = req.cookies.get(LOCALE_COOKIE)?.value;
    const preferred = isLocale(chosen) ? chosen : localeFromAcceptLanguage(req.headers.get("accept-language"));
    if (preferred === "en") return noStore(NextResponse.redirect(new URL(localePath(path, "en") + search, req.url), 307));
    locale = "zh";
  }

  if (SHOPPER_ONLY.some((p) => path === p || path.startsWith(`${p}/`))) {
    const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
    if (!token || token.kind !== "shopper") return noStore(redirectTo(req, localePath("/login", locale), localePath(path, locale) + search));
  }

  headers.set(LOCALE_HEADER, locale);
  headers.set(PATH_HEADER, path + search);
  return prefixed ? NextResponse.rewrite(new URL(path + search, req.url), { request: { headers } }) : NextResponse.next({ request: { headers } });
}

function redirectTo(req: NextRequest, login: string, back: string) {
  const url = new URL(login, req.url);
  url.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(url);
}

// every page; not the API, Next.js internals or files (names with a dot)
export const config = { matcher: ["/((?!api|_next|.*\\..*).*)"] };
