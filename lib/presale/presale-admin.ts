import { db } from "@/lib/db/client";
import { AppError, forbidden } from "@/lib/api/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { getPromotionOrThrow } from "@/lib/promotions/get-promotion";
import { presaleReport } from "./presale-report";
import { presaleDto } from "./my-presales";

/** A PRESALE promotion's report and its latest 100 purchases, for staff of its shop (or platform). */
export async function presaleAdminView(actor: StaffActor, promotionId: string) {
  const p = await getPromotionOrThrow(actor, promotionId);
  if (p.type !== "PRESALE") throw new AppError("INVALID_STATE", "Not a presale promotion");
  if (actor.shopId && p.shopId !== actor.shopId) throw forbidden("Presale figures of platform promotions are for platform staff");
  const rows = await db.presaleDeposit.findMany({ where: { promotionId, ...(actor.shopId ? { shopId: actor.shopId } : {}) }, orderBy: { createdAt: "desc" }, take: 100 });
  const orders = await db.order.findMany({ where: { id: { in: rows.map((r) => r.depositOrderId) } }, select: { id: true, status: true } });
  const status = new Map(orders.map((o) => [o.id, o.status]));
  return { report: await presaleReport(promotionId), items: rows.map((r) => presaleDto(r, status.get(r.depositOrderId))) };
}
