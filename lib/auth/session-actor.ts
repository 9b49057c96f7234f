import { getServerSession } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { Actor } from "./actor";
import { authOptions } from "./options";
import { currentStaff } from "./staff-check";

type Claims = Pick<JWT, "uid" | "kind" | "role" | "shopId" | "name">;

/**
 * The actor of a session token. Staff are re-checked against their row (cached for seconds):
 * a deactivated member has no actor; role and shop come from the row, not the token.
 */
export async function actorFromToken(token: Claims | null): Promise<Actor | null> {
  if (!token?.uid) return null;
  if (token.kind === "staff") {
    const row = await currentStaff(token.uid);
    if (!row?.active) return null;
    return { kind: "staff", id: row.id, name: row.name, role: row.role, shopId: row.shopId, via: "session" };
  }
  if (token.kind === "shopper") return { kind: "shopper", id: token.uid, name: token.name ?? "" };
  return null;
}

/** The signed-in actor of a server component or server action. */
export async function getSessionActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user) return null;
  const u = session.user;
  return actorFromToken({ uid: u.id, kind: u.kind, role: u.role, shopId: u.shopId, name: u.name ?? "" });
}

/** The signed-in shopper's id, or null for visitors and staff. */
export async function getShopperId(): Promise<string | null> {
  const actor = await getSessionActor();
  return actor?.kind === "shopper" ? actor.id : null;
}

/** The signed-in shopper's id; others are sent to the shopper sign-in and come back to `path`. */
export async function requireShopperId(path: string): Promise<string> {
  const id = await getShopperId();
  if (!id) {
    const { shopRedirect } = await import("@/lib/i18n/shop-redirect");
    await shopRedirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  }
  return id!;
}
