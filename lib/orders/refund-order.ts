import { db, type Tx } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/api/errors";
import type { StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { addGrowth, addPoints } from "@/lib/members/points-ledger";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allocate } from "@/lib/pricing/money";
import { getOrderOrThrow, type OrderActor } from "./order-access";
import { systemActor } from "@/lib/auth/shopper-scope";
import { emitEvent } from "@/lib/webhooks/webhook-events";
import { noteOrderMoney } from "@/lib/live/live-counters";
import { logError } from "@/lib/api/log";
import type { RefundQuoteRequest, RefundRequest } from "./refund-schemas";
import { lockOrderForRefund } from "./refund-context";
import { computeRefund } from "./refund-quote";
import { toRefundDto } from "./refund-dto";

type Quote = Awaited<ReturnType<typeof computeRefund>>;

/** What a refund row records of its quote (on request, and again as approved). */
const quoteColumns = (q: Quote) => ({
  amount: q.amount,
  shippingAmount: q.plan.shipping,
  deductedAmount: q.deductedAmount,
  deductions: q.deductions as unknown as Prisma.InputJsonValue,
  giftsReturned: q.plan.giftsReturned as unknown as Prisma.InputJsonValue,
  couponsReturned: q.couponsReturned,
  couponsReclaimed: q.couponsReclaimed,
  pointsReversed: q.pointsReversed,
  growthReversed: q.growthReversed,
});

const FLAG_WINDOW_DAYS = 30;
const FLAG_AT_REFUNDS = 3;

// The reverse flow with the merchant's decision (SPEC §6): a shopper asks for a refund with a reason
// and a type; below the shop's auto-approve amount it is approved at once, otherwise it waits for the
// shop (or, when it spans several shops' goods, the platform). Only an approved refund moves money,
// stock, coupons, points and growth; it is priced again at approval from the ledger, so refunds
// approved in between are accounted for. Units held by a pending request cannot be asked for twice.

const isSystem = (who: OrderActor) => typeof who === "object" && who.kind === "system";

/** Asks for a refund (the same key twice is one refund). Returns the refund and whether it is new. */
export async function requestRefund(who: OrderActor, orderId: string, body: RefundRequest, now = new Date()) {
  const out = await db.$transaction((tx) => requestRefundInTx(tx, who, orderId, body, now));
  if (out.refund.status === "APPROVED") await noteOrderMoney(orderId).catch((e) => logError(e, "LIVE_COUNTERS"));
  return out;
}

/** requestRefund inside a caller's transaction (a presale's deposit goes back with its goods). */
export async function requestRefundInTx(tx: Tx, who: OrderActor, orderId: string, body: RefundRequest, now: Date) {
  const seen = await getOrderOrThrow(who, orderId, tx);
  // 预售 定金不退: only the shop cancelling the presale, or the goods' full refund, returns a deposit (lib/presale)
  if (seen.source === "PRESALE_DEPOSIT" && !isSystem(who)) throw new AppError("DEPOSIT_NON_REFUNDABLE", "A presale deposit is refunded only when the shop cancels the presale, or with the goods' full refund");
  const order = await lockOrderForRefund(tx, orderId);
  if (body.idempotencyKey) {
    const prior = await tx.refund.findUnique({ where: { orderId_idempotencyKey: { orderId, idempotencyKey: body.idempotencyKey } } });
    if (prior) return { refund: await refundView(tx, prior.id), created: false };
  }
  const q = await computeRefund(tx, order, { lines: body.lines, type: body.type ?? "REFUND_ONLY" }, now, { apply: false });
  const shopIds = [...new Set(q.plan.lines.map((l) => order.lines.find((x) => x.id === l.orderLineId)!.shopId))];
  const shops = await tx.shop.findMany({ where: { id: { in: shopIds } }, select: { refundAutoApproveBelow: true } });
  const autoBelow = Math.min(...shops.map((s) => s.refundAutoApproveBelow));
  const couponRefunds = await tx.refund.count({ where: { order: { shopperId: order.shopperId, couponDiscount: { gt: 0 } }, createdAt: { gte: new Date(now.getTime() - FLAG_WINDOW_DAYS * 86_400_000) } } });
  const refund = await tx.refund.create({
    data: {
      orderId,
      shopId: shopIds.length === 1 ? shopIds[0] : null,
      status: "PENDING",
      type: body.type ?? "REFUND_ONLY",
      reason: body.reason,
      idempotencyKey: body.idempotencyKey,
      ...quoteColumns(q),
      flagged: order.couponDiscount > 0 && couponRefunds + 1 >= FLAG_AT_REFUNDS,
      createdAt: now,
      lines: { create: q.plan.lines },
    },
  });
  if (isSystem(who) || q.amount < autoBelow) await approveInTx(tx, refund.id, isSystem(who) ? "system" : "auto", now);
  return { refund: await refundView(tx, refund.id), created: true };
}

/** The first round's name: a refund that needs no decision (the system's own, e.g. a failed group). */
export const refundOrder = requestRefund;

/** What the refund would be — amount, deductions line by line, gifts, coupons, points — changing nothing. */
export async function quoteRefund(who: OrderActor, orderId: string, body: RefundQuoteRequest, now = new Date()) {
  return db.$transaction(async (tx) => {
    await getOrderOrThrow(who, orderId, tx);
    const order = await lockOrderForRefund(tx, orderId);
    const q = await computeRefund(tx, order, { lines: body.lines, type: body.type ?? "REFUND_ONLY" }, now, { apply: false });
    const shopIds = [...new Set(q.plan.lines.map((l) => order.lines.find((x) => x.id === l.orderLineId)!.shopId))];
    const shops = await tx.shop.findMany({ where: { id: { in: shopIds } }, select: { refundAutoApproveBelow: true } });
    const skuOf = (lineId: string) => order.lines.find((l) => l.id === lineId)!.skuId;
    return {
      amount: q.amount,
      shippingAmount: q.plan.shipping,
      deductedAmount: q.deductedAmount,
      deductions: q.deductions.map(({ kind, id, type, name, amount }) => ({ kind, id, type, name, amount })),
      giftsReturned: q.plan.giftsReturned.map((g) => ({ skuId: g.skuId, quantity: g.quantity })),
      couponsReturned: q.couponsReturned,
      couponsReclaimed: q.couponsReclaimed,
      pointsReversed: q.pointsReversed,
      growthReversed: q.growthReversed,
      lines: q.plan.lines.map((l) => ({ skuId: skuOf(l.orderLineId), quantity: l.quantity, amount: l.amount })),
      full: q.plan.full,
      /** whether the shop approves it at once (below its auto-approve amount) */
      approvedAtOnce: q.amount < Math.min(...shops.map((s) => s.refundAutoApproveBelow)),
    };
  });
}
export type RefundQuote = Awaited<ReturnType<typeof quoteRefund>>;

/** Staff may decide a refund of their shop's goods; platform staff any (and those spanning shops). */
async function decidable(tx: Tx, actor: StaffActor, refundId: string) {
  const r = await tx.refund.findUnique({ where: { id: refundId }, select: { id: true, shopId: true, orderId: true, status: true } });
  if (!r || (actor.shopId && r.shopId !== actor.shopId)) throw notFound("refund");
  return r;
}

export async function approveRefund(actor: StaffActor, refundId: string, now = new Date()) {
  const view = await db.$transaction(async (tx) => {
    const r = await decidable(tx, actor, refundId);
    await lockOrderForRefund(tx, r.orderId);
    const current = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { status: true } });
    if (current.status === "REJECTED") throw new AppError("INVALID_STATE", "This refund was refused");
    if (current.status === "PENDING") {
      await approveInTx(tx, refundId, actor.id, now);
      await recordAudit(tx, actor, { action: "approve", entity: "refund", entityId: refundId, shopId: r.shopId, after: { status: "APPROVED" } });
    }
    return refundView(tx, refundId);
  });
  await noteOrderMoney(view.orderId).catch((e) => logError(e, "LIVE_COUNTERS"));
  return view;
}

export async function rejectRefund(actor: StaffActor, refundId: string, reason: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const r = await decidable(tx, actor, refundId);
    await lockOrderForRefund(tx, r.orderId);
    const n = await tx.refund.updateMany({ where: { id: refundId, status: "PENDING" }, data: { status: "REJECTED", decisionReason: reason, decidedAt: now, decidedBy: actor.id } });
    if (!n.count) {
      const current = await tx.refund.findUniqueOrThrow({ where: { id: refundId } });
      if (current.status !== "REJECTED") throw new AppError("INVALID_STATE", "This refund was already approved");
    } else await recordAudit(tx, actor, { action: "reject", entity: "refund", entityId: refundId, shopId: r.shopId, after: { status: "REJECTED", reason } });
    return refundView(tx, refundId);
  });
}

/**
 * Carries out an approved refund under the order's lock: prices it again from the ledger, then
 * moves the lines, stock, gifts, shipping, coupons, points and growth, and the order's totals.
 */
async function approveInTx(tx: Tx, refundId: string, decidedBy: string, now: Date) {
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, include: { lines: true } });
  const order = await lockOrderForRefund(tx, refund.orderId);
  const req = { lines: refund.lines.map((l) => ({ skuId: order.lines.find((x) => x.id === l.orderLineId)!.skuId, quantity: l.quantity })), type: refund.type };
  const q = await computeRefund(tx, order, req, now, { apply: true, except: refundId });

  // what the deductions kept back, on the refunded lines in proportion (negative: given back)
  const kept = allocate(q.plan.goods + q.plan.shipping - q.amount, q.plan.lines.map((l) => l.amount));
  for (const [i, r] of q.plan.lines.entries()) {
    const line = order.lines.find((l) => l.id === r.orderLineId)!;
    await tx.orderLine.update({ where: { id: line.id }, data: { refundedQuantity: { increment: r.quantity }, refundedAmount: { increment: r.amount }, refundDeducted: { increment: kept[i] } } });
    await tx.refundLine.updateMany({ where: { refundId, orderLineId: line.id }, data: { amount: r.amount } });
    await tx.$executeRaw`UPDATE "Sku" SET stock = stock + ${r.quantity} WHERE id = ${line.skuId}`;
  }
  for (const g of q.plan.giftsReturned) {
    await tx.orderLine.update({ where: { id: g.orderLineId }, data: { refundedQuantity: { increment: g.quantity } } });
    await tx.$executeRaw`UPDATE "Sku" SET stock = stock + ${g.quantity} WHERE id = ${g.skuId}`;
  }
  if (q.plan.full) for (const s of order.shops) await tx.orderShop.update({ where: { orderId_shopId: { orderId: order.id, shopId: s.shopId } }, data: { refundedShipping: s.shippingFee - s.shippingDiscount } });
  await addPoints(tx, { shopperId: order.shopperId, amount: -q.pointsReversed, reason: "REFUND", sourceId: refundId, note: order.id });
  await addGrowth(tx, { shopperId: order.shopperId, amount: -q.growthReversed, reason: "REFUND", sourceId: refundId });
  await tx.refund.update({
    where: { id: refundId },
    data: {
      status: "APPROVED",
      ...quoteColumns(q),
      decidedAt: now,
      decidedBy,
    },
  });
  await tx.order.update({ where: { id: order.id }, data: { refundedAmount: { increment: q.amount }, ...(q.plan.full ? { status: "REFUNDED" } : {}) } });
  await tx.analyticsEvent.create({ data: { type: "REFUND", shopperId: order.shopperId, orderId: order.id, amount: q.amount, dedupeKey: `refund:${refundId}` } });
  // for the host shop: one event per shop whose goods were refunded, with its lines only
  const byShop = new Map<string, typeof q.plan.lines>();
  for (const r of q.plan.lines) {
    const shopId = order.lines.find((l) => l.id === r.orderLineId)!.shopId;
    byShop.set(shopId, [...(byShop.get(shopId) ?? []), r]);
  }
  for (const [shopId, lines] of byShop)
    await emitEvent(tx, "refund.approved", [shopId], { refundId, orderId: order.id, shopId, shopperId: order.shopperId, amount: byShop.size === 1 ? q.amount : lines.reduce((a, l) => a + l.amount, 0), lines: lines.map((l) => ({ orderLineId: l.orderLineId, quantity: l.quantity, amount: l.amount })), full: q.plan.full }, now);
  if (order.source === "PRESALE_BALANCE") await refundDepositWithGoods(tx, order.id, now);
}

/** 预售 (SPEC §3): when a balance order's presale goods are refunded in full, the deposit goes back too. */
async function refundDepositWithGoods(tx: Tx, balanceOrderId: string, now: Date) {
  const p = await tx.presaleDeposit.findUnique({ where: { balanceOrderId } });
  if (!p) return;
  const lines = await tx.orderLine.findMany({ where: { orderId: balanceOrderId, skuId: p.skuId, gift: false }, select: { quantity: true, refundedQuantity: true } });
  if (!lines.length || lines.some((l) => l.refundedQuantity < l.quantity)) return;
  const deposit = await tx.order.findUnique({ where: { id: p.depositOrderId }, select: { status: true } });
  if (deposit?.status !== "PAID" && deposit?.status !== "COMPLETED") return;
  await requestRefundInTx(tx, systemActor("presale"), p.depositOrderId, { lines: [{ skuId: p.skuId, quantity: p.quantity }], reason: "the presale goods were refunded in full", idempotencyKey: `presale-goods-${p.id}` }, now);
  // the goods' refund put the units back in stock already: the deposit's refund must not add them twice
  await tx.$executeRaw`UPDATE "Sku" SET stock = stock - ${p.quantity} WHERE id = ${p.skuId}`;
}

async function refundView(tx: Tx, id: string) {
  const r = await tx.refund.findUniqueOrThrow({ where: { id }, include: { lines: { include: { orderLine: { select: { skuId: true } } } } } });
  return toRefundDto(r);
}
