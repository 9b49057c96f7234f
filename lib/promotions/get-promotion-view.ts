import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { listAudit } from "@/lib/audit/list-audit";
import type { Scope } from "@/lib/pricing/promotion-config";
import { getPromotionOrThrow } from "./get-promotion";
import { findOverlaps } from "./overlaps";
import { submitters } from "./submitters";
import { actorName } from "@/lib/audit/audit-subjects";

/**
 * Everything the promotion detail (and review) page shows: the promotion, names of what it names,
 * its scope by name (all goods, the SKUs, the categories, what is excluded or withdrawn), who
 * submitted it and when, the live promotions it overlaps, and its audit trail — a reviewer
 * decides on what they can read, not on ids (issue 11 #10).
 */
export async function getPromotionView(actor: StaffActor, id: string) {
  const p = await getPromotionOrThrow(actor, id);
  const rules = p.rules as { items?: { skuId: string }[]; tiers?: { gifts?: { skuId: string }[] }[] };
  const scope = p.scope as Scope;
  const skuIds = [...(rules.items ?? []).map((i) => i.skuId), ...(rules.tiers ?? []).flatMap((t) => (t.gifts ?? []).map((g) => g.skuId)), ...p.skus.map((s) => s.skuId), ...(scope.skuIds ?? []), ...(scope.excludeSkuIds ?? [])];
  const [skus, shop, audit, categories, people, overlaps] = await Promise.all([
    db.sku.findMany({ where: { id: { in: [...new Set(skuIds)] } }, include: { product: { select: { name: true } } } }),
    p.shopId ? db.shop.findUnique({ where: { id: p.shopId }, select: { name: true } }) : null,
    listAudit(actor, { entity: "promotion", entityId: id, take: 50 }),
    scope.categoryIds?.length ? db.category.findMany({ where: { id: { in: scope.categoryIds } }, select: { id: true, name: true, nameEn: true } }) : [],
    db.staffUser.findMany({ where: { id: { in: [p.createdById, p.approvedById].filter((x): x is string => Boolean(x)) } }, select: { id: true, name: true } }),
    ["ENDED", "TERMINATED"].includes(p.status) ? [] : findOverlaps(db, { id: p.id, shopId: p.shopId, type: p.type, startsAt: p.startsAt, endsAt: p.endsAt, scope, rules: p.rules }),
  ]);
  const skuNames = Object.fromEntries(skus.map((s) => [s.id, `${s.product.name}${s.name ? ` ${s.name}` : ""}`]));
  const submit = audit.items.find((a) => a.action === "submit");
  // no submit in the trail (made straight into review): the review queue's fallback
  const inReview = !submit && (p.submittedAt || p.status === "PENDING_REVIEW") ? (await submitters([p.id]))[p.id] : undefined;
  return {
    promotion: p,
    shopName: shop?.name ?? null,
    skuNames,
    audit: audit.items,
    scope: {
      all: Boolean(scope.all),
      skuIds: scope.skuIds ?? [],
      categories: categories.map((c) => ({ id: c.id, name: c.name, nameEn: c.nameEn })),
      excludeSkuIds: scope.excludeSkuIds ?? [],
      withdrawnSkuIds: p.skus.filter((s) => s.withdrawnAt).map((s) => s.skuId),
    },
    createdBy: people.find((x) => x.id === p.createdById)?.name ?? null,
    submittedBy: (submit ? actorName(submit.actor) : null) ?? inReview?.name ?? null,
    submittedAt: p.submittedAt?.toISOString() ?? submit?.at ?? inReview?.at ?? null,
    // shop staff reading a platform promotion see only the overlaps of their own shop (and the platform's)
    overlaps: overlaps.filter((o) => !actor.shopId || o.shopId === null || o.shopId === actor.shopId),
  };
}
