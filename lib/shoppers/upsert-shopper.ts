import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { forbidden } from "@/lib/api/errors";
import type { UpsertShopperBody } from "./shopper-schemas";
import { toShopperDto } from "./shopper-dto";

/** Customer sync from the host system: upsert by externalId; returns whether it was created. */
export async function upsertShopper(actor: StaffActor, body: UpsertShopperBody) {
  // shoppers are the platform's customers: a shop may not create them or change their level, points or new-user status
  if (actor.shopId) throw forbidden("Only platform staff and platform keys sync shoppers");
  const data = {
    name: body.name,
    email: body.email,
    memberLevel: body.memberLevel,
    tags: body.tags,
    region: body.region,
    birthday: body.birthday ? new Date(`${body.birthday}T00:00:00Z`) : undefined,
    firstOrderDone: body.firstOrderDone,
    growth: body.growth,
    points: body.points,
  };
  return db.$transaction(async (tx) => {
    const before = await tx.shopper.findUnique({ where: { externalId: body.externalId } });
    const shopper = before
      ? await tx.shopper.update({ where: { id: before.id }, data })
      : await tx.shopper.create({ data: { ...data, externalId: body.externalId } });
    await recordAudit(tx, actor, {
      action: before ? "update" : "create",
      entity: "shopper",
      entityId: shopper.id,
      shopId: actor.shopId,
      before: before ? toShopperDto(before) : undefined,
      after: toShopperDto(shopper),
    });
    return { created: !before, shopper: toShopperDto(shopper) };
  });
}
