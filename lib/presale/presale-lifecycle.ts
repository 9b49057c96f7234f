import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/api/errors";
import { formatYuan } from "@/lib/pricing/money";
import { providerFor } from "@/lib/deliveries/channels/providers";

// The presale's states follow its orders (lib/presale/place-*.ts write them):
//   DEPOSIT_PENDING → (deposit paid) DEPOSIT_PAID → (balance paid) BALANCE_PAID
//                                  ↘ (balance window over, unpaid) FORFEITED: the deposit is kept, the units go back
//   DEPOSIT_PENDING / DEPOSIT_PAID → (the shop cancels) CANCELLED: the deposit is refunded, the units go back
// An unpaid deposit order times out like any order (its units go back with it); the row then
// stays DEPOSIT_PENDING with a cancelled deposit order, which every view shows as "expired".

/** Called in the payment's transaction: a paid deposit or balance moves its presale on. */
export async function onPresaleOrderPaid(tx: Tx, order: { id: string; source: string }, now: Date) {
  if (order.source === "PRESALE_DEPOSIT") {
    const n = await tx.presaleDeposit.updateMany({ where: { depositOrderId: order.id, status: "DEPOSIT_PENDING" }, data: { status: "DEPOSIT_PAID" } });
    // the shop cancelled the presale meanwhile: the payment is refused (rolled back), nothing kept
    if (!n.count) throw new AppError("INVALID_STATE", "This presale was cancelled by the shop");
  }
  if (order.source === "PRESALE_BALANCE") {
    const n = await tx.presaleDeposit.updateMany({ where: { balanceOrderId: order.id, status: "DEPOSIT_PAID", balanceEndsAt: { gt: now } }, data: { status: "BALANCE_PAID", closedAt: now } });
    if (!n.count) throw new AppError("INVALID_STATE", "The presale's balance window has closed");
  }
}

/** Gives a presale's units back: the SKU's stock and the presale's own (sold at the deposit's payment). */
async function releaseUnits(tx: Tx, p: { promotionId: string; skuId: string; quantity: number }, skuStock: boolean) {
  if (skuStock) await tx.$executeRaw`UPDATE "Sku" SET stock = stock + ${p.quantity} WHERE id = ${p.skuId}`;
  await tx.$executeRaw`UPDATE "PromotionSku" SET sold = GREATEST(0, sold - ${p.quantity}) WHERE "promotionId" = ${p.promotionId} AND "skuId" = ${p.skuId}`;
}

/** Forfeits one presale whose balance window is over (idempotent: the status flip decides). */
export async function forfeitPresale(id: string, now: Date) {
  return db.$transaction(async (tx) => {
    const n = await tx.presaleDeposit.updateMany({ where: { id, status: "DEPOSIT_PAID", balanceEndsAt: { lte: now } }, data: { status: "FORFEITED", closedAt: now } });
    if (!n.count) return false;
    const p = await tx.presaleDeposit.findUniqueOrThrow({ where: { id } });
    await releaseUnits(tx, p, true);
    // a balance order still waiting for payment cannot be paid any more (its window ended with the balance's)
    if (p.balanceOrderId) await tx.order.updateMany({ where: { id: p.balanceOrderId, status: "PENDING_PAYMENT" }, data: { expiresAt: now } });
    return true;
  });
}

/** Reminds a shopper once that the balance window is open: inbox, and email when the shopper has one. */
export async function remindBalance(id: string, now: Date) {
  const p = await db.$transaction(async (tx) => {
    const n = await tx.presaleDeposit.updateMany({ where: { id, status: "DEPOSIT_PAID", remindedAt: null }, data: { remindedAt: now } });
    if (!n.count) return null;
    const row = await tx.presaleDeposit.findUniqueOrThrow({ where: { id } });
    const sku = await tx.sku.findUniqueOrThrow({ where: { id: row.skuId }, select: { name: true, product: { select: { name: true } } } });
    const name = `${sku.product.name}${sku.name ? ` ${sku.name}` : ""}`;
    const title = `尾款已开始支付：${name}`;
    const body = `您的定金 ${formatYuan(row.deposit * row.quantity)} 可抵 ${formatYuan(row.depositValue * row.quantity)}。请在 ${row.balanceEndsAt.toISOString().slice(0, 16).replace("T", " ")} UTC 前支付尾款，逾期定金不退。 The balance for ${name} is open: your deposit is worth ${formatYuan(row.depositValue * row.quantity)}.`;
    await tx.message.create({ data: { shopperId: row.shopperId, shopId: row.shopId, title, body, link: `/orders/${row.depositOrderId}`, createdAt: now } });
    const shopper = await tx.shopper.findUnique({ where: { id: row.shopperId }, select: { email: true } });
    return { row, title, body, email: shopper?.email ?? null };
  });
  if (p?.email) {
    // a service notice (not marketing): sent once, after the inbox row is committed; a failure is logged, the inbox has it
    await providerFor("EMAIL")
      .send([{ key: `presale-reminder-${p.row.id}`, shopperId: p.row.shopperId, shopId: p.row.shopId, deliveryId: `presale:${p.row.promotionId}`, to: p.email, subject: p.title, text: p.body }])
      .catch((e) => console.error("presale reminder email failed", e));
  }
  return Boolean(p);
}

/** The clock's task: reminders for balance windows that opened, forfeits for those that closed. */
export async function sweepPresales(now = new Date()) {
  const open = await db.presaleDeposit.findMany({ where: { status: "DEPOSIT_PAID", remindedAt: null, balanceStartsAt: { lte: now }, balanceEndsAt: { gt: now } }, select: { id: true }, take: 500 });
  for (const p of open) await remindBalance(p.id, now);
  const over = await db.presaleDeposit.findMany({ where: { status: "DEPOSIT_PAID", balanceEndsAt: { lte: now } }, select: { id: true }, take: 500 });
  for (const p of over) await forfeitPresale(p.id, now);
  return { reminded: open.length, forfeited: over.length };
}

export { releaseUnits };
