import { db } from "@/lib/db/client";
import { LIVE_STATUSES } from "@/lib/checkout/load-promotions";

/** The public pages a sitemap lists: live and upcoming activity venues, active products. */
export async function publicPages(now = new Date()) {
  const [promotions, products] = await Promise.all([
    db.promotion.findMany({ where: { status: { in: [...LIVE_STATUSES] }, endsAt: { gt: now } }, select: { id: true, updatedAt: true }, take: 5_000 }),
    db.product.findMany({ where: { active: true }, select: { id: true, createdAt: true }, take: 20_000 }),
  ]);
  return { promotions, products };
}

/** What a venue's title and description are made of (null: no such promotion). */
export function venueSummary(id: string) {
  return db.promotion.findUnique({ where: { id }, select: { name: true, type: true, rules: true, endsAt: true } });
}
