import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import { pgPool } from "@/lib/db/pg-pool";
import { HELD_FLASH_UNITS, TAKE_COUPON_BUDGET, TAKE_FLASH_UNITS, TAKE_PROMOTION_SPEND, TAKE_SKU_STOCK } from "./counter-sql";
import type { OrderPlan, Refusal } from "./order-plan";

export type WriteOutcome = { ok: true; orderId: string; created: boolean } | { ok: false; refusal: Refusal };

/**
 * The one order writer (checkout, flash sale and group buy): applies a plan in one transaction of
 * plain SQL — Prisma's per-query cost would dominate a hot sale. Under the shopper's row lock it
 * answers a repeated idempotency key with the first order and checks the per-user limits; then it
 * writes every row with multi-row inserts, and takes the shared counters (SKU stock, flash units,
 * promotion budget / stock, coupon budget) last, each with a conditional update, so their row
 * locks are held only for the moment before the commit. A counter that would be overspent is a
 * typed refusal and the transaction is rolled back: nothing is written.
 */
export async function writeOrderPlan(plan: OrderPlan): Promise<WriteOutcome> {
  const c = await pgPool().connect();
  try {
    await c.query("BEGIN");
    const out = await write(c, plan);
    await c.query(out.ok ? "COMMIT" : "ROLLBACK");
    return out;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

const refuse = (refusal: Refusal): WriteOutcome => ({ ok: false, refusal });

async function write(c: PoolClient, plan: OrderPlan): Promise<WriteOutcome> {
  const { shopperId } = plan;
  // one order of a shopper at a time: per-user limits are counted under this lock
  if (!(await c.query(`SELECT id FROM "Shopper" WHERE id = $1 FOR UPDATE`, [shopperId])).rowCount) return refuse({ reason: "SHOPPER_UNKNOWN" });
  const prior = await c.query<{ id: string }>(`SELECT id FROM "Order" WHERE "shopperId" = $1 AND "idempotencyKey" = $2`, [shopperId, plan.idempotencyKey]);
  if (prior.rowCount) return { ok: true, orderId: prior.rows[0].id, created: false };

  for (const f of plan.checks.flash) {
    const { rows } = await c.query<{ held: number }>(HELD_FLASH_UNITS, [shopperId, f.promotionId, f.skuId]);
    if (rows[0].held + f.units > f.limit) return refuse({ reason: "FLASH_LIMIT", promotionId: f.promotionId, skuId: f.skuId });
  }
  if (plan.checks.perUser.length) {
    const { rows } = await c.query<{ promotionId: string; orders: number; units: number }>(
      `SELECT "promotionId", count(*)::int AS orders, coalesce(sum(units), 0)::int AS units FROM "PromotionParticipation"
       WHERE "shopperId" = $1 AND "promotionId" = ANY($2) AND status <> 'RELEASED' GROUP BY "promotionId"`,
      [shopperId, plan.checks.perUser.map((p) => p.promotionId)],
    );
    for (const p of plan.checks.perUser) {
      const held = rows.find((r) => r.promotionId === p.promotionId);
      if (p.maxOrders !== null && (held?.orders ?? 0) + 1 > p.maxOrders) return refuse({ reason: "PER_USER_LIMIT", promotionId: p.promotionId });
      if (p.maxUnits !== null && (held?.units ?? 0) + p.units > p.maxUnits) return refuse({ reason: "PER_USER_UNITS", promotionId: p.promotionId });
    }
  }

  const orderId = randomUUID();
  const o = plan.order;
  await insert(c, "Order", ["id", "shopperId", "idempotencyKey", "subtotal", "itemDiscount", "orderDiscount", "couponDiscount", "shippingFee", "shippingDiscount", "total", "pricing", "reservations", "region", "channel", "source", "expiresAt"], [
    [orderId, shopperId, plan.idempotencyKey, o.subtotal, o.itemDiscount, o.orderDiscount, o.couponDiscount, o.shippingFee, o.shippingDiscount, o.total, JSON.stringify(o.pricing), JSON.stringify(plan.reservations), o.region, o.channel, o.source, o.expiresAt.toISOString()],
  ]);

  const coupons = plan.reservations.coupons;
  if (coupons.length) {
    const locked = await c.query<{ id: string }>(`UPDATE "UserCoupon" SET state = 'LOCKED', "orderId" = $1 WHERE id = ANY($2) AND "shopperId" = $3 AND state = 'UNUSED' RETURNING id`, [orderId, coupons.map((u) => u.userCouponId), shopperId]);
    const taken = coupons.find((u) => !locked.rows.some((r) => r.id === u.userCouponId));
    if (taken) return refuse({ reason: "COUPON_TAKEN", couponId: taken.userCouponId });
    await insert(c, "OrderCoupon", ["id", "orderId", "userCouponId", "templateId", "amount"], coupons.map((u) => [randomUUID(), orderId, u.userCouponId, u.templateId, u.amount]));
  }

  const lineIds = plan.lines.map(() => randomUUID());
  await insert(
    c,
    "OrderLine",
    ["id", "orderId", "lineNo", "skuId", "shopId", "quantity", "unitPrice", "listAmount", "gift", "itemOfferPromotionId", "itemOfferType", "itemDiscount", "payable"],
    plan.lines.map((l) => [lineIds[l.lineNo], orderId, l.lineNo, l.skuId, l.shopId, l.quantity, l.unitPrice, l.listAmount, l.gift, l.itemOfferPromotionId, l.itemOfferType, l.itemDiscount, l.payable]),
  );
  await insert(
    c,
    "OrderDiscount",
    ["id", "orderId", "orderLineId", "shopId", "kind", "stage", "promotionId", "userCouponId", "templateId", "amount", "platformCost", "shopCost"],
    plan.ledger.map((r) => [randomUUID(), orderId, r.lineNo === null ? null : lineIds[r.lineNo], r.shopId, r.kind, r.stage, r.promotionId, r.userCouponId, r.templateId, r.amount, r.platformCost, r.shopCost]),
  );
  await insert(c, "OrderShop", ["orderId", "shopId", "shippingFee", "shippingDiscount"], plan.shops.map((s) => [orderId, s.shopId, s.shippingFee, s.shippingDiscount]));
  await insert(c, "PromotionParticipation", ["id", "promotionId", "shopperId", "orderId", "units", "discount", "variantKey"], plan.participations.map((p) => [randomUUID(), p.promotionId, shopperId, orderId, p.units, p.discount, p.variantKey]));
  await insert(
    c,
    "AnalyticsEvent",
    ["id", "type", "shopperId", "orderId", "shopId", "templateId", "campaignId", "amount", "discount", "dedupeKey"],
    plan.events.map((e) => [randomUUID(), e.type, shopperId, orderId, e.shopId, e.templateId, e.campaignId, e.amount, e.discount, e.key === "placed" ? `placed:${orderId}` : `use:${orderId}:${e.key.slice("use:".length)}`]),
  );

  // the shared counters, last; SKU rows in one order (by id) so two carts never lock them crosswise
  for (const s of [...plan.reservations.skuStock].sort((a, b) => (a.skuId < b.skuId ? -1 : a.skuId > b.skuId ? 1 : a.lineNo - b.lineNo))) {
    if (!(await c.query(TAKE_SKU_STOCK, [s.units, s.skuId])).rowCount) return refuse({ reason: s.gift ? "GIFT_STOCK" : "OUT_OF_STOCK", lineNo: s.lineNo, skuId: s.skuId });
  }
  for (const f of plan.reservations.flashUnits) if (!(await c.query(TAKE_FLASH_UNITS, [f.units, f.promotionId, f.skuId])).rowCount) return refuse({ reason: "FLASH_SOLD_OUT", promotionId: f.promotionId, skuId: f.skuId });
  for (const p of plan.reservations.promotions) if (!(await c.query(TAKE_PROMOTION_SPEND, [p.discount, p.stockUnits, p.promotionId])).rowCount) return refuse({ reason: "PROMOTION_SPENT", promotionId: p.promotionId });
  for (const u of coupons) if (!(await c.query(TAKE_COUPON_BUDGET, [u.amount, u.templateId])).rowCount) return refuse({ reason: "COUPON_BUDGET", templateId: u.templateId });
  return { ok: true, orderId, created: true };
}

/** One multi-row INSERT (no-op for no rows); parameters take their types from the target columns. */
async function insert(c: PoolClient, table: string, columns: string[], rows: unknown[][]) {
  if (!rows.length) return;
  const params: unknown[] = [];
  const values = rows.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(", ")})`).join(", ");
  await c.query(`INSERT INTO "${table}" (${columns.map((x) => `"${x}"`).join(", ")}) VALUES ${values}`, params);
}
