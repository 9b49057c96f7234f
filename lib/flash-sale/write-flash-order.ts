import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import { pgPool } from "@/lib/db/pg-pool";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import { env } from "@/lib/env";
import { buildPricingInput } from "@/lib/checkout/build-pricing-input";
import { priceCart } from "@/lib/pricing/price-cart";
import type { PriceResult } from "@/lib/pricing/price-result";
import { ledgerRows } from "@/lib/orders/ledger-rows";
import { promotionSpend } from "@/lib/orders/promotion-spend";
import { scheduleOrderTimeout } from "@/lib/orders/order-timeout";
import { HELD_FLASH_UNITS, TAKE_FLASH_UNITS, TAKE_PROMOTION_SPEND, TAKE_SKU_STOCK } from "@/lib/orders/counter-sql";
import { assertWithinLimit, flashLines, flashSoldOut } from "./flash-ledger";
import type { AttemptInput } from "./attempt-flash-sale";
import { flashIdemKey } from "./flash-counters";

const iso = (d: Date) => d.toISOString();

/**
 * The order of a flash-sale win, written by the wins consumer (flash-wins.ts) off the request
 * path: priced by the engine (version-checked catalogue data), then written in one transaction of plain SQL (Prisma's per-query cost would cap a sale at a few
 * dozen wins a second). Same rows and guards as any order: shopper row lock, idempotency key,
 * per-user limit, ledger rows, participation, ORDER_PLACED event, and the shared counters (SKU
 * stock, flash units, promotion budget/stock) updated conditionally and last.
 */
export async function writeFlashOrder(input: AttemptInput, now = new Date(), wonAt = now): Promise<{ orderId: string; created: boolean }> {
  const idempotencyKey = flashIdemKey(input.promotionId, input.idempotencyKey);
  const req = { shopperId: input.shopperId, lines: [{ skuId: input.skuId, quantity: input.quantity }], couponIds: [], entitlements: { [input.promotionId]: { [input.skuId]: input.quantity } } };
  // priced at the moment of the win (the script checked the window then): a win still queued when
  // the sale ends, or is ended, is honoured at its price
  // the pricing cache checks the pricing version on every read (bumped by every committed change
  // to promotions, templates, products, shops), so it never serves data older than the last
  // commit; a miss (a sale approved a moment ago on another instance) is checked against the database
  let result = priceCart(await buildPricingInput(req, wonAt, { cached: true }), wonAt);
  if (!result.applied.some((a) => a.id === input.promotionId)) {
    // not among the live ones (approved a moment ago elsewhere, or ended since the win): the sale itself, as it is stored
    const sale = await db.promotion.findUnique({ where: { id: input.promotionId } });
    if (sale?.type === "FLASH_SALE") result = priceCart(await buildPricingInput({ ...req, extraPromotions: [sale] }, wonAt), wonAt);
  }
  if (!result.applied.some((a) => a.id === input.promotionId)) {
    const reason = result.notApplied.find((n) => n.id === input.promotionId)?.reason ?? "NOT_STARTED";
    throw new AppError("OFFER_UNAVAILABLE", `The flash sale does not apply now (${reason})`, { promotionId: reason });
  }
  const expiresAt = new Date(now.getTime() + env().ORDER_TIMEOUT_MINUTES * 60_000);
  const c = await pgPool().connect();
  try {
    await c.query("BEGIN");
    const out = await writeInTransaction(c, input, idempotencyKey, result, now, expiresAt);
    await c.query("COMMIT");
    if (out.created) await scheduleOrderTimeout(out.orderId, expiresAt).catch((e) => console.error("could not schedule order timeout (the sweep will catch it)", e));
    return out;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

async function writeInTransaction(c: PoolClient, input: AttemptInput, idempotencyKey: string, result: PriceResult, now: Date, expiresAt: Date) {
  const { shopperId } = input;
  if (!(await c.query(`SELECT id FROM "Shopper" WHERE id = $1 FOR UPDATE`, [shopperId])).rowCount) throw notFound("shopper");
  const prior = await c.query<{ id: string }>(`SELECT id FROM "Order" WHERE "shopperId" = $1 AND "idempotencyKey" = $2`, [shopperId, idempotencyKey]);
  if (prior.rowCount) return { orderId: prior.rows[0].id, created: false };

  const rules = await c.query<{ rules: unknown }>(`SELECT rules FROM "Promotion" WHERE id = $1`, [input.promotionId]);
  const held = await c.query<{ held: number }>(HELD_FLASH_UNITS, [shopperId, input.promotionId, input.skuId]);
  assertWithinLimit(held.rows[0].held + input.quantity, rules.rows[0].rules, input.skuId);

  const orderId = randomUUID();
  await c.query(
    `INSERT INTO "Order" (id, "shopperId", "idempotencyKey", subtotal, "itemDiscount", "orderDiscount", "couponDiscount", "shippingFee", "shippingDiscount", total, pricing, channel, source, "expiresAt", "createdAt")
     VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8, $9, $10, 'web', 'FLASH_SALE', $11, $12)`,
    [orderId, shopperId, idempotencyKey, result.subtotal, result.itemDiscount, result.orderDiscount, result.shippingFee, result.shippingDiscount, result.total, JSON.stringify(result), iso(expiresAt), iso(now)],
  );
  const lineIds = result.lines.map(() => randomUUID());
  for (const [i, l] of result.lines.entries())
    await c.query(
      `INSERT INTO "OrderLine" (id, "orderId", "lineNo", "skuId", "shopId", quantity, "unitPrice", "listAmount", gift, "itemOfferPromotionId", "itemOfferType", "itemDiscount", payable)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [lineIds[i], orderId, i, l.skuId, l.shopId, l.quantity, l.unitPrice, l.listAmount, l.gift, l.itemOffer?.promotionId ?? null, l.itemOffer?.type ?? null, l.itemOffer?.amount ?? 0, l.payable],
    );
  for (const r of ledgerRows(result, lineIds, new Map()))
    await c.query(
      `INSERT INTO "OrderDiscount" (id, "orderId", "orderLineId", "shopId", kind, stage, "promotionId", "userCouponId", "templateId", amount, "platformCost", "shopCost", "createdAt")
       VALUES ($1, $2, $3, $4, $5::"DiscountKind", $6, $7, $8, $9, $10, $11, $12, $13)`,
      [randomUUID(), orderId, r.orderLineId, r.shopId, r.kind, r.stage, r.promotionId, r.userCouponId, r.templateId, r.amount, r.platformCost, r.shopCost, iso(now)],
    );
  for (const s of result.shipping) await c.query(`INSERT INTO "OrderShop" ("orderId", "shopId", "shippingFee", "shippingDiscount") VALUES ($1, $2, $3, $4)`, [orderId, s.shopId, s.fee, s.discount]);
  const spend = promotionSpend(result);
  for (const s of spend)
    await c.query(`INSERT INTO "PromotionParticipation" (id, "promotionId", "shopperId", "orderId", units, discount, "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7)`, [randomUUID(), s.promotionId, shopperId, orderId, s.units, s.discount, iso(now)]);
  await c.query(`INSERT INTO "AnalyticsEvent" (id, type, at, "shopperId", "orderId", amount, discount, "dedupeKey") VALUES ($1, 'ORDER_PLACED', $2, $3, $4, $5, $6, $7)`, [
    randomUUID(),
    iso(now),
    shopperId,
    orderId,
    result.total,
    result.subtotal + result.shippingFee - result.total,
    `placed:${orderId}`,
  ]);

  // the shared counters, last: their row locks are held only until the commit
  for (const l of result.lines) if (!(await c.query(TAKE_SKU_STOCK, [l.quantity, l.skuId])).rowCount) throw new AppError("OUT_OF_STOCK", "The SKU is out of stock");
  for (const f of flashLines(result)) if (!(await c.query(TAKE_FLASH_UNITS, [f.units, f.promotionId, f.skuId])).rowCount) throw flashSoldOut();
  for (const s of spend) if (!(await c.query(TAKE_PROMOTION_SPEND, [s.discount, s.stockUnits, s.promotionId])).rowCount) throw new AppError("SOLD_OUT", "The promotion's budget or stock is spent");
  return { orderId, created: true };
}
