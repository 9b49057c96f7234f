import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanWrite, targetShop } from "@/lib/auth/guards";
import { AppError, notFound } from "@/lib/api/errors";
import { hashPassword } from "@/lib/auth/passwords";
import { recordAudit } from "@/lib/audit/record-audit";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { forgetApiKey } from "@/lib/auth/resolve-api-key";
import { forgetStaff } from "@/lib/auth/staff-check";
import type { CreateStaffBody } from "./staff-schemas";

const view = (s: { id: string; email: string; name: string; role: StaffRole; shopId: string | null; active: boolean }) => ({ id: s.id, email: s.email, name: s.name, role: s.role, shopId: s.shopId, active: s.active });

/** ADMIN adds staff to their own scope (shop admins to their shop only). */
export async function createStaff(actor: StaffActor, body: CreateStaffBody) {
  const shopId = targetShop(actor, body.shopId, true);
  const passwordHash = await hashPassword(body.password);
  return db.$transaction(async (tx) => {
    if (await tx.staffUser.findUnique({ where: { email: body.email } })) throw new AppError("CONFLICT", "This email is already used", { email: "already used" });
    const s = await tx.staffUser.create({ data: { email: body.email, name: body.name, role: body.role, shopId, passwordHash } });
    await recordAudit(tx, actor, { action: "create", entity: "staff", entityId: s.id, shopId, after: view(s) });
    return view(s);
  });
}

/** Change a staff member's role or deactivate them; nobody can lock themselves out. */
export async function updateStaff(actor: StaffActor, id: string, patch: { role?: StaffRole; active?: boolean }) {
  if (id === actor.id) throw new AppError("FORBIDDEN", "You cannot change your own role or access");
  return db.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id } });
    if (!before) throw notFound("staff member");
    assertCanWrite(actor, before.shopId, "staff member");
    const after = await tx.staffUser.update({ where: { id }, data: patch });
    await recordAudit(tx, actor, { action: "update", entity: "staff", entityId: id, shopId: before.shopId, before: view(before), after: view(after) });
    // this instance at once; the others within their staff-row cache (seconds)
    forgetStaff(id);
    return view(after);
  });
}

/** Revoke an API key of the actor's scope (effective on every instance within 10 s). */
export async function revokeApiKey(actor: StaffActor, id: string) {
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id } });
    if (!key) throw notFound("API key");
    assertCanWrite(actor, key.shopId, "API key");
    if (key.revokedAt) return { id, revokedAt: key.revokedAt.toISOString() };
    const after = await tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
    await recordAudit(tx, actor, { action: "revoke", entity: "apiKey", entityId: id, shopId: key.shopId, before: { revokedAt: null }, after: { revokedAt: after.revokedAt } });
    forgetApiKey(key.keyHash);
    return { id, revokedAt: after.revokedAt!.toISOString() };
  });
}
