import { db } from "@/lib/db/client";
import type { Actor, StaffActor } from "@/lib/auth/actor";
import { targetShop } from "@/lib/auth/guards";
import { generateApiKeySecret } from "@/lib/auth/api-key-secret";
import { invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { CreateApiKeyBody } from "./api-key-schemas";

/**
 * Creates a key bound to a shop (or the platform) with a staff role. The secret is returned once;
 * only its hash is kept. Shop admins create keys for their own shop only.
 */
export async function createApiKey(actor: StaffActor | { kind: "system" }, body: CreateApiKeyBody) {
  const shopId = actor.kind === "system" ? (body.shopId ?? null) : targetShop(actor, body.shopId, true);
  const secret = generateApiKeySecret();
  return db.$transaction(async (tx) => {
    if (shopId && !(await tx.shop.findUnique({ where: { id: shopId } }))) throw invalidField("shopId", "no such shop");
    const row = await tx.apiKey.create({
      data: { name: body.name, shopId, role: body.role, prefix: secret.prefix, keyHash: secret.hash, createdBy: actor.kind === "staff" ? actor.id : "cli" },
    });
    const auditActor: Actor = actor.kind === "system" ? { kind: "staff", id: "cli", name: "cli", role: "ADMIN", shopId: null, via: "session" } : actor;
    const view = { id: row.id, name: row.name, shopId, role: row.role, prefix: row.prefix };
    await recordAudit(tx, auditActor, { action: "create", entity: "apiKey", entityId: row.id, shopId, after: view });
    return { ...view, key: secret.key, createdAt: row.createdAt };
  });
}
