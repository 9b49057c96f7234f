import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import { pgPool } from "@/lib/db/pg-pool";
import { TAKE_COUPON_BUDGET, TAKE_FLASH_UNITS, TAKE_PRESALE_BALANCE, TAKE_PROMOTION_SPEND, TAKE_SKU_STOCK } from "./counter-sql";
import type { OrderPlan, Refusal } from "./order-plan";
import { emitEventsSql } from "@/lib/webhooks/webhook-events";
import { noteOrdersPlaced } from "@/lib/live/live-counters";

export type WriteOutcome = { ok: true; orderId: string; created: boolean } | { ok: false; refusal: Refusal };
/** In a batch, an order that could not be written for another reason than a refusal carries its error. */
export type BatchOutcome = WriteOutcome | { ok: false; error: unknown };

/**
 * The one order writer (checkout, flash sale and group buy): applies plans in one transaction of
 * plain SQL — Prisma's per-query cost would dominate a hot sale. Under the shoppers' row locks it
 * answers a repeated idempotency key with the first order and checks the per-user limits; then it
 * writes every row with multi-row inserts, and takes the shared counters (SKU stock, flash units,
 * promotion budget / stock, coupon budget) last, each with one conditional update per counter, so
 * their row locks are held only for the moment before the commit. A counter that would be
 * overspent is a typed refusal and the transaction is rolled back: nothing is written.
 */
export async function writeOrderPlan(plan: OrderPlan): Promise<WriteOutcome> {
  return (await tryWrite([plan]))![0];
}

/**
 * Many orders in one transaction (the flash-sale wins consumer): the hot counters are updated once
 * per batch instead of once per order, so a sale's winners do not queue behind each other's commits.
 * Each shopper's plans after their first, and any batch a shared counter refuses as a whole, are
 * written one by one, so every order still gets its own exact answer.
 */
export async function writeOrderPlans(plans: OrderPlan[]): Promise<BatchOutcome[]> {
  const out = new Array<BatchOutcome>(plans.length);
  const seen = new Set<string>();
  const first: number[] = [];
  const later: number[] = [];
  plans.forEach((p, i) => (seen.has(p.shopperId) ? later : (seen.add(p.shopperId), first)).push(i));
  // a batch that cannot be written as a whole (a counter short, or an error such as a deadlock) is written order by order
  const batch = first.length > 1 ? await tryWrite(first.map((i) => plans[i])).catch(() => null) : null;
  if (batch) first.forEach((i, k) => (out[i] = batch[k]));
  for (const i of batch ? later : [...first, ...later]) out[i] = await writeAlone(plans[i]);
  return out;
}

/** One plan, retried when it met another writer crosswise; an error is its answer, not the batch's. */
async function writeAlone(plan: OrderPlan): Promise<BatchOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await tryWrite([plan]))![0];
    } catch (error) {
      if (attempt < 3 && RETRYABLE.has((error as { code?: string }).code ?? "")) continue;
      return { ok: false, error };
    }
  }
}

const RETRYABLE = new Set(["40P01", "40001"]);

/** null: a batch of several whose shared counters would be overspent together (nothing written). */
async function tryWrite(plans: OrderPlan[]): Promise<WriteOutcome[] | null> {
  const c = await pgPool().connect();
  try {
    await c.query("BEGIN");
    const out = await write(c, plans);
    const committed = Boolean(out && out.some((o) => o.ok && o.created));
    await c.query(committed ? "COMMIT" : "ROLLBACK");
    // the live monitor's participants (lib/live): after the commit, never holding the order up
    if (committed) noteOrdersPlaced(plans.filter((_, i) => out![i].ok && (out![i] as { created: boolean }).created).map((p) => ({ shopperId: p.shopperId, promotionIds: p.participations.map((x) => x.promotionId) }))).catch(() => undefined);
    return out;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

const refuse = (refusal: Refusal): WriteOutcome => ({ ok: false, refusal });
const sum = <K>(m: Map<K, number>, k: K, n: number) => m.set(k, (m.get(k) ?? 0) + n);
const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

async function write(c: PoolClient, plans: OrderPlan[]): Promise<WriteOutcome[] | null> {
  const single = plans.length === 1;
  const shopperIds = plans.map((p) => p.shopperId);
  // one order of a shopper at a time: per-user limits are counted under these locks (taken in id order)
  const locked = new Set((await c.query<{ id: string }>(`SELECT id FROM "Shopper" WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [shopperIds])).rows.map((r) => r.id));
  const prior = await c.query<{ shopperId: string; idempotencyKey: string; id: string }>(
    `SELECT "shopperId", "idempotencyKey", id FROM "Order" WHERE ("shopperId", "idempotencyKey") IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
    [shopperIds, plans.map((p) => p.idempotencyKey)],
  );
  const priorOf = new Map(prior.rows.map((r) => [`${r.shopperId}\n${r.idempotencyKey}`, r.id]));

  const flashPromos = [...new Set(plans.flatMap((p) => p.checks.flash.map((f) => f.promotionId)))];
  const flashHeld = flashPromos.length
    ? await c.query<{ shopperId: string; promotionId: string; skuId: string; held: number }>(
        `SELECT o."shopperId", l."itemOfferPromotionId" AS "promotionId", l."skuId", sum(l.quantity)::int AS held FROM "OrderLine" l JOIN "Order" o ON o.id = l."orderId"
         WHERE o."shopperId" = ANY($1) AND l."itemOfferPromotionId" = ANY($2) AND o.status <> 'CANCELLED' GROUP BY 1, 2, 3`,
        [shopperIds, flashPromos],
      )
    : { rows: [] };
  const limited = [...new Set(plans.flatMap((p) => p.checks.perUser.map((u) => u.promotionId)))];
  const userHeld = limited.length
    ? await c.query<{ shopperId: string; promotionId: string; orders: number; units: number }>(
        `SELECT "shopperId", "promotionId", count(*)::int AS orders, coalesce(sum(units), 0)::int AS units FROM "PromotionParticipation"
         WHERE "shopperId" = ANY($1) AND "promotionId" = ANY($2) AND status <> 'RELEASED' GROUP BY 1, 2`,
        [shopperIds, limited],
      )
    : { rows: [] };

  const out: WriteOutcome[] = plans.map((p) => {
    if (!locked.has(p.shopperId)) return refuse({ reason: "SHOPPER_UNKNOWN" });
    const id = priorOf.get(`${p.shopperId}\n${p.idempotencyKey}`);
    if (id) return { ok: true, orderId: id, created: false };
    for (const f of p.checks.flash) {
      const held = flashHeld.rows.find((r) => r.shopperId === p.shopperId && r.promotionId === f.promotionId && r.skuId === f.skuId)?.held ?? 0;
      if (held + f.units > f.limit) return refuse({ reason: "FLASH_LIMIT", promotionId: f.promotionId, skuId: f.skuId });
    }
    for (const u of p.checks.perUser) {
      const held = userHeld.rows.find((r) => r.shopperId === p.shopperId && r.promotionId === u.promotionId);
      if (u.maxOrders !== null && (held?.orders ?? 0) + 1 > u.maxOrders) return refuse({ reason: "PER_USER_LIMIT", promotionId: u.promotionId });
      if (u.maxUnits !== null && (held?.units ?? 0) + u.units > u.maxUnits) return refuse({ reason: "PER_USER_UNITS", promotionId: u.promotionId });
    }
    return { ok: true, orderId: randomUUID(), created: true };
  });
  const go = plans.map((plan, i) => ({ plan, o: out[i] })).filter((x): x is { plan: OrderPlan; o: { ok: true; orderId: string; created: true } } => x.o.ok && x.o.created);
  if (!go.length) return out;

  // coupons first: a coupon used meanwhile refuses before any row is written
  const coupons = go.flatMap(({ plan, o }) => plan.reservations.coupons.map((u) => ({ ...u, orderId: o.orderId, shopperId: plan.shopperId })));
  if (coupons.length) {
    const taken = await c.query<{ id: string }>(
      `UPDATE "UserCoupon" u SET state = 'LOCKED', "orderId" = x.o FROM unnest($1::text[], $2::text[], $3::text[]) AS x(id, o, s) WHERE u.id = x.id AND u."shopperId" = x.s AND u.state = 'UNUSED' RETURNING u.id`,
      [coupons.map((u) => u.userCouponId), coupons.map((u) => u.orderId), coupons.map((u) => u.shopperId)],
    );
    const missed = coupons.find((u) => !taken.rows.some((r) => r.id === u.userCouponId));
    if (missed) return single ? [refuse({ reason: "COUPON_TAKEN", couponId: missed.userCouponId })] : null;
  }

  const lineIds = go.map(({ plan }) => plan.lines.map(() => randomUUID()));
  await insert(c, "Order", ["id", "shopperId", "idempotencyKey", "subtotal", "itemDiscount", "orderDiscount", "couponDiscount", "shippingFee", "shippingDiscount", "total", "pricing", "reservations", "region", "channel", "source", "expiresAt"],
    go.map(({ plan: p, o }) => [o.orderId, p.shopperId, p.idempotencyKey, p.order.subtotal, p.order.itemDiscount, p.order.orderDiscount, p.order.couponDiscount, p.order.shippingFee, p.order.shippingDiscount, p.order.total, JSON.stringify(p.order.pricing), JSON.stringify(p.reservations), p.order.region, p.order.channel, p.order.source, p.order.expiresAt.toISOString()]));
  await insert(c, "OrderCoupon", ["id", "orderId", "userCouponId", "templateId", "amount"], coupons.map((u) => [randomUUID(), u.orderId, u.userCouponId, u.templateId, u.amount]));
  await insert(c, "OrderLine", ["id", "orderId", "lineNo", "skuId", "shopId", "quantity", "unitPrice", "listAmount", "gift", "itemOfferPromotionId", "itemOfferType", "itemDiscount", "payable"],
    go.flatMap(({ plan, o }, k) => plan.lines.map((l) => [lineIds[k][l.lineNo], o.orderId, l.lineNo, l.skuId, l.shopId, l.quantity, l.unitPrice, l.listAmount, l.gift, l.itemOfferPromotionId, l.itemOfferType, l.itemDiscount, l.payable])));
  await insert(c, "OrderDiscount", ["id", "orderId", "orderLineId", "shopId", "kind", "stage", "promotionId", "userCouponId", "templateId", "amount", "platformCost", "shopCost"],
    go.flatMap(({ plan, o }, k) => plan.ledger.map((r) => [randomUUID(), o.orderId, r.lineNo === null ? null : lineIds[k][r.lineNo], r.shopId, r.kind, r.stage, r.promotionId, r.userCouponId, r.templateId, r.amount, r.platformCost, r.shopCost])));
  await insert(c, "OrderShop", ["orderId", "shopId", "shippingFee", "shippingDiscount"], go.flatMap(({ plan, o }) => plan.shops.map((s) => [o.orderId, s.shopId, s.shippingFee, s.shippingDiscount])));
  await insert(c, "PromotionParticipation", ["id", "promotionId", "shopperId", "orderId", "units", "discount", "variantKey"],
    go.flatMap(({ plan, o }) => plan.participations.map((p) => [randomUUID(), p.promotionId, plan.shopperId, o.orderId, p.units, p.discount, p.variantKey])));
  // 预售: the deposit's row with its order; a balance order takes its presale (one live balance each)
  for (const { plan, o } of go) {
    const ps = plan.presale;
    if (!ps) continue;
    if ("deposit" in ps) {
      const d = ps.deposit;
      await insert(c, "PresaleDeposit", ["id", "promotionId", "shopperId", "shopId", "skuId", "quantity", "deposit", "depositValue", "depositOrderId", "balanceStartsAt", "balanceEndsAt", "updatedAt"],
        [[d.id, d.promotionId, plan.shopperId, d.shopId, d.skuId, d.quantity, d.deposit, d.depositValue, o.orderId, d.balanceStartsAt.toISOString(), d.balanceEndsAt.toISOString(), new Date().toISOString()]]);
    } else if (!(await c.query(TAKE_PRESALE_BALANCE, [o.orderId, ps.balanceOf, plan.shopperId])).rowCount) return single ? [refuse({ reason: "PRESALE_STATE", presaleId: ps.balanceOf })] : null;
  }
  // for the host shop: one event per shop of the order, carrying that shop's lines and amount only
  await emitEventsSql(
    c,
    go.flatMap(({ plan, o }) =>
      plan.shops.map((s) => {
        const lines = plan.lines.filter((l) => l.shopId === s.shopId);
        const amount = lines.reduce((a, l) => a + l.payable, 0) + s.shippingFee - s.shippingDiscount;
        return { type: "order.placed" as const, shopIds: [s.shopId], data: { orderId: o.orderId, shopId: s.shopId, shopperId: plan.shopperId, amount, source: plan.order.source, lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity, payable: l.payable })) } };
      }),
    ),
  );
  await insert(c, "AnalyticsEvent", ["id", "type", "shopperId", "orderId", "shopId", "templateId", "campaignId", "amount", "discount", "dedupeKey"],
    go.flatMap(({ plan, o }) => plan.events.map((e) => [randomUUID(), e.type, plan.shopperId, o.orderId, e.shopId, e.templateId, e.campaignId, e.amount, e.discount, e.key === "placed" ? `placed:${o.orderId}` : `use:${o.orderId}:${e.key.slice("use:".length)}`])));

  // the shared counters, last, one update each, rows in key order (SKUs bought and given in one
  // pass), so two writers never lock them crosswise
  const skus = new Map<string, { bought: number; gifts: number }>();
  const flash = new Map<string, number>();
  const spend = new Map<string, { discount: number; stockUnits: number }>();
  const budgets = new Map<string, number>();
  for (const { plan } of go) {
    const r = plan.reservations;
    for (const s of r.skuStock) {
      const x = skus.get(s.skuId) ?? { bought: 0, gifts: 0 };
      skus.set(s.skuId, s.gift ? { ...x, gifts: x.gifts + s.units } : { ...x, bought: x.bought + s.units });
    }
    for (const f of [...r.flashUnits, ...(r.presaleUnits ?? [])]) sum(flash, `${f.promotionId}\n${f.skuId}`, f.units);
    for (const p of r.promotions) {
      const x = spend.get(p.promotionId) ?? { discount: 0, stockUnits: 0 };
      spend.set(p.promotionId, { discount: x.discount + p.discount, stockUnits: x.stockUnits + p.stockUnits });
    }
    for (const u of r.coupons) sum(budgets, u.templateId, u.amount);
  }
  const lines = go[0].plan.reservations.skuStock;
  const line = (skuId: string, gift: boolean) => (lines.find((s) => s.skuId === skuId && s.gift === gift) ?? lines.find((s) => s.skuId === skuId)!).lineNo;
  for (const [skuId, u] of byKey(skus)) {
    if ((await c.query(TAKE_SKU_STOCK, [u.bought + u.gifts, skuId])).rowCount) continue;
    if (!single) return null;
    // short: the gift's units, when what was bought alone is still in stock
    const left = (await c.query<{ stock: number }>(`SELECT stock FROM "Sku" WHERE id = $1`, [skuId])).rows[0]?.stock ?? 0;
    const giftShort = u.gifts > 0 && left >= u.bought;
    return [refuse({ reason: giftShort ? "GIFT_STOCK" : "OUT_OF_STOCK", lineNo: line(skuId, giftShort), skuId })];
  }
  for (const [k, units] of byKey(flash)) {
    const [promotionId, skuId] = k.split("\n");
    if (!(await c.query(TAKE_FLASH_UNITS, [units, promotionId, skuId])).rowCount) return single ? [refuse({ reason: "FLASH_SOLD_OUT", promotionId, skuId })] : null;
  }
  for (const [promotionId, s] of byKey(spend)) if (!(await c.query(TAKE_PROMOTION_SPEND, [s.discount, s.stockUnits, promotionId])).rowCount) return single ? [refuse({ reason: "PROMOTION_SPENT", promotionId })] : null;
  for (const [templateId, amount] of byKey(budgets)) if (!(await c.query(TAKE_COUPON_BUDGET, [amount, templateId])).rowCount) return single ? [refuse({ reason: "COUPON_BUDGET", templateId })] : null;
  return out;
}

/** Multi-row INSERTs (none for no rows), chunked under PostgreSQL's parameter limit; parameters take their types from the target columns. */
async function insert(c: PoolClient, table: string, columns: string[], rows: unknown[][]) {
  const perStatement = Math.floor(60_000 / columns.length);
  for (let from = 0; from < rows.length; from += perStatement) {
    const params: unknown[] = [];
    const values = rows.slice(from, from + perStatement).map((r) => `(${r.map((v) => `$${params.push(v)}`).join(", ")})`).join(", ");
    await c.query(`INSERT INTO "${table}" (${columns.map((x) => `"${x}"`).join(", ")}) VALUES ${values}`, params);
  }
}
