import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { toRefundDto } from "./refund-dto";

/**
 * Refunds the actor decides or watches: a shop's staff see their shop's, platform staff all
 * (those spanning several shops are theirs to decide). Newest first, a page at a time.
 */
export async function listRefunds(actor: StaffActor, opts: { status?: "PENDING" | "APPROVED" | "REJECTED"; cursor?: string; take?: number; shopId?: string | null } = {}) {
  const take = opts.take ?? 30;
  const rows = await db.refund.findMany({
    where: { ...((actor.shopId ?? opts.shopId) ? { shopId: actor.shopId ?? opts.shopId } : {}), ...(opts.status ? { status: opts.status } : {}) },
    include: { lines: { include: { orderLine: { select: { skuId: true } } } }, order: { select: { shopperId: true, shopper: { select: { name: true } }, total: true, lines: { select: { skuId: true, sku: { select: { name: true, product: { select: { name: true, nameEn: true } } } } } } } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return {
    items: page.map((r) => ({
      ...toRefundDto(r),
      shopperName: r.order.shopper.name,
      orderTotal: r.order.total,
      skuNames: Object.fromEntries(r.order.lines.map((l) => [l.skuId, { zh: `${l.sku.product.name} ${l.sku.name ?? ""}`.trim(), en: `${l.sku.product.nameEn ?? l.sku.product.name} ${l.sku.name ?? ""}`.trim() }])),
    })),
    nextCursor: rows.length > take ? page[page.length - 1].id : null,
  };
}
