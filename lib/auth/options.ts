import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { safeCallback } from "./safe-callback";
import { SESSION_MAX_AGE } from "./sign-in";

// next-auth ships CommonJS: under plain Node ESM (scripts, tests) the default export arrives wrapped
const CredentialsProvider = (Credentials as unknown as { default?: typeof Credentials }).default ?? Credentials;

// Sessions are next-auth JWTs. Passwords are checked by POST /api/auth/sign-in/{provider}
// (lib/auth/sign-in.ts: rate limits, a form that works without scripts), which issues the same
// token; next-auth's credentials callback is closed (app/api/auth/[...nextauth]/route.ts), so
// these providers only name the two kinds of session. The JWT carries the actor's kind and id;
// staff role and shop are re-read from the staff row on every request (lib/auth/staff-check.ts).
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      id: "staff",
      name: "Staff",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize() {
        return null;
      },
    }),
    CredentialsProvider({
      id: "shopper",
      name: "Shopper",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize() {
        return null;
      },
    }),
  ],
  callbacks: {
    // sign-out and any next-auth redirect follow only paths of this site
    async redirect({ url, baseUrl }) {
      if (url.startsWith(baseUrl)) return `${baseUrl}${safeCallback(url.slice(baseUrl.length) || "/", "/")}`;
      return `${baseUrl}${safeCallback(url, "/")}`;
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.kind = user.kind;
        token.role = user.role;
        token.shopId = user.shopId;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.uid,
        kind: token.kind,
        role: token.role,
        shopId: token.shopId,
      };
      return session;
    },
  },
};
