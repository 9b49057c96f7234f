import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Page guard: /admin needs a staff session (shoppers get a 403 page), shopper-only pages need a
// shopper session. API routes authorise themselves in lib/api/handler.ts.
export async function proxy(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  const loginFor = (path: string) => {
    const url = new URL(path, req.url);
    url.searchParams.set("callbackUrl", pathname + req.nextUrl.search);
    return NextResponse.redirect(url);
  };
  if (pathname.startsWith("/admin")) {
    if (pathname === "/admin/login") return NextResponse.next();
    if (!token) return loginFor("/admin/login");
    if (token.kind !== "staff") return NextResponse.rewrite(new URL("/forbidden", req.url), { status: 403 });
    return NextResponse.next();
  }
  if (!token || token.kind !== "shopper") return loginFor("/login");
  return NextResponse.next();
}

export const config = { matcher: ["/admin/:path*", "/me/:path*", "/orders/:path*", "/checkout/:path*"] };
