import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { verifyPassword } from "./passwords";

// next-auth ships CommonJS: under plain Node ESM (scripts, tests) the default export arrives wrapped
const CredentialsProvider = (Credentials as unknown as { default?: typeof Credentials }).default ?? Credentials;

// Two credential providers: staff sign in at /admin/login, shoppers at /login. The JWT carries
// the actor's kind, id, role and shop so that every request can be authorised without a query.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      id: "staff",
      name: "Staff",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const staff = await db.staffUser.findUnique({ where: { email: credentials.email.toLowerCase() } });
        if (!staff || !staff.active || !(await verifyPassword(credentials.password, staff.passwordHash))) return null;
        return { id: staff.id, name: staff.name, email: staff.email, kind: "staff", role: staff.role, shopId: staff.shopId };
      },
    }),
    CredentialsProvider({
      id: "shopper",
      name: "Shopper",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) return null;
        const shopper = await db.shopper.findUnique({ where: { email: credentials.email.toLowerCase() } });
        if (!shopper?.passwordHash || !(await verifyPassword(credentials.password, shopper.passwordHash))) return null;
        return { id: shopper.id, name: shopper.name, email: shopper.email, kind: "shopper", role: null, shopId: null };
      },
    }),
  ],
  callbacks: {
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
