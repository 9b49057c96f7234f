import { getServerSession } from "next-auth";
import type { JWT } from "next-auth/jwt";
import type { Actor } from "./actor";
import { authOptions } from "./options";

export function actorFromToken(token: Pick<JWT, "uid" | "kind" | "role" | "shopId" | "name"> | null): Actor | null {
  if (!token?.uid) return null;
  if (token.kind === "staff" && token.role)
    return { kind: "staff", id: token.uid, name: token.name ?? "", role: token.role, shopId: token.shopId ?? null, via: "session" };
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
