import { encode } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { verifyPassword } from "./passwords";
import { assertSignInAllowed, recordSignInFailure } from "./sign-in-limits";

export type SignInProvider = "staff" | "shopper";
export const SESSION_MAX_AGE = 60 * 60 * 12;

type User = { id: string; name: string; email: string | null; kind: "staff" | "shopper"; role: string | null; shopId: string | null };

async function findUser(provider: SignInProvider, email: string, password: string): Promise<User | null> {
  if (provider === "staff") {
    const s = await db.staffUser.findUnique({ where: { email } });
    if (!s || !s.active || !(await verifyPassword(password, s.passwordHash))) return null;
    return { id: s.id, name: s.name, email: s.email, kind: "staff", role: s.role, shopId: s.shopId };
  }
  const s = await db.shopper.findUnique({ where: { email } });
  if (!s?.passwordHash || !(await verifyPassword(password, s.passwordHash))) return null;
  return { id: s.id, name: s.name, email: s.email, kind: "shopper", role: null, shopId: null };
}

/** The cookie next-auth reads its session from (secure-prefixed on https, as next-auth names it). */
export function sessionCookieName() {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * Checks a password (after the failure limits) and returns the session cookie's value: the same
 * JWT next-auth issues, so getServerSession and getToken read it as theirs. null = wrong
 * email or password (counted as a failure).
 */
export async function signInWithPassword(provider: SignInProvider, emailRaw: string, password: string, ip: string, now = Date.now()): Promise<{ token: string; user: User } | null> {
  const email = emailRaw.trim().toLowerCase();
  await assertSignInAllowed(email, ip, now);
  const user = await findUser(provider, email, password);
  if (!user) {
    await recordSignInFailure(email, ip, now);
    return null;
  }
  const token = await encode({
    secret: env().NEXTAUTH_SECRET,
    maxAge: SESSION_MAX_AGE,
    token: { sub: user.id, name: user.name, email: user.email, uid: user.id, kind: user.kind, role: user.role as never, shopId: user.shopId },
  });
  return { token, user };
}
