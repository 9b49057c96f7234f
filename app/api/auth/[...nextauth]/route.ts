// GET/POST /api/auth/* – next-auth session, CSRF token and sign-out endpoints. Passwords are
// checked only by POST /api/auth/sign-in/{provider} (rate-limited); next-auth's own credentials
// callback is closed so nobody can bypass those limits.
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

// CommonJS: under plain Node ESM (scripts importing the route manifest) the default export arrives wrapped
const nextAuth = (NextAuth as unknown as { default?: typeof NextAuth }).default ?? NextAuth;
const handler = nextAuth(authOptions);
type Ctx = { params: Promise<{ nextauth: string[] }> };

export { handler as GET };

export async function POST(req: NextRequest, ctx: Ctx) {
  if ((await ctx.params).nextauth[0] === "callback") {
    return Response.json({ error: { code: "NOT_FOUND", message: "Sign in at /api/auth/sign-in/{staff|shopper}" } }, { status: 404 });
  }
  return handler(req, ctx);
}
