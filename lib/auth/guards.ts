import type { StaffRole } from "@/lib/generated/prisma/enums";
import { AppError, forbidden, notFound } from "@/lib/api/errors";
import type { Actor, StaffActor } from "./actor";

export const ALL_STAFF: StaffRole[] = ["ADMIN", "OPERATOR", "APPROVER", "ANALYST"];
/** Roles that may change configuration (ANALYST is read-only). */
export const WRITERS: StaffRole[] = ["ADMIN", "OPERATOR", "APPROVER"];

export function assertStaff(actor: Actor | null, roles: StaffRole[] = ALL_STAFF): StaffActor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in or send an API key");
  if (actor.kind !== "staff") throw forbidden("Staff only");
  if (!roles.includes(actor.role)) throw forbidden(`Role ${actor.role} may not do this (needs ${roles.join(" or ")})`);
  return actor;
}

/** Prisma where-fragment limiting shop data to what the actor may see. */
export function shopWhere(actor: StaffActor): { shopId?: string } {
  return actor.shopId ? { shopId: actor.shopId } : {};
}

/**
 * Reading a record of another shop answers 404, as if it did not exist, so ids of other shops
 * leak nothing. Platform records (shopId null) are readable by everyone.
 */
export function assertCanRead(actor: StaffActor, recordShopId: string | null, what: string) {
  if (actor.shopId && recordShopId && recordShopId !== actor.shopId) throw notFound(what);
}

/** Changing a record needs the same shop; shop staff never change platform records. */
export function assertCanWrite(actor: StaffActor, recordShopId: string | null, what: string) {
  assertCanRead(actor, recordShopId, what);
  if (actor.shopId && recordShopId === null) throw forbidden(`Platform ${what} can only be changed by platform staff`);
}

/**
 * The shop a new record belongs to. Shop staff always create in their own shop (naming another
 * is refused); platform staff name a shop, or create a platform record when allowed.
 */
export function targetShop(actor: StaffActor, requested: string | null | undefined, allowPlatform: boolean): string | null {
  if (actor.shopId) {
    if (requested && requested !== actor.shopId) throw forbidden("You can only create records in your own shop");
    return actor.shopId;
  }
  if (requested) return requested;
  if (!allowPlatform) throw new AppError("VALIDATION_FAILED", "shopId is required for platform staff", { shopId: "required" });
  return null;
}
