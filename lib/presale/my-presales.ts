import { db } from "@/lib/db/client";
import type { PresaleDeposit } from "@/lib/generated/prisma/client";
import { priceBalance } from "./place-balance";

/** A presale as the API answers it (amounts in cents; `state` adds "EXPIRED" for a deposit order that timed out). */
export function presaleDto(p: PresaleDeposit, depositOrderStatus?: string) {
  return {
    id: p.id,
    promotionId: p.promotionId,
    shopId: p.shopId,
    skuId: p.skuId,
    quantity: p.quantity,
    deposit: p.deposit * p.quantity,
    depositValue: p.depositValue * p.quantity,
    status: p.status,
    state: p.status === "DEPOSIT_PENDING" && depositOrderStatus === "CANCELLED" ? "EXPIRED" : p.status,
    depositOrderId: p.depositOrderId,
    balanceOrderId: p.balanceOrderId,
    balanceStartsAt: p.balanceStartsAt.toISOString(),
    balanceEndsAt: p.balanceEndsAt.toISOString(),
    remindedAt: p.remindedAt?.toISOString() ?? null,
    closedAt: p.closedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
  };
}
export type PresaleDto = ReturnType<typeof presaleDto> & { balanceNow?: { total: number; finalPrice: number } | null };

/** The shopper's presales, newest first; an open balance window carries the balance priced now (the engine, auto coupons). */
export async function myPresales(shopperId: string, now: Date, keyShopId: string | null = null, take = 50): Promise<PresaleDto[]> {
  const rows = await db.presaleDeposit.findMany({ where: { shopperId, ...(keyShopId ? { shopId: keyShopId } : {}) }, orderBy: { createdAt: "desc" }, take });
  const orders = await db.order.findMany({ where: { id: { in: rows.map((r) => r.depositOrderId) } }, select: { id: true, status: true } });
  const status = new Map(orders.map((o) => [o.id, o.status]));
  return Promise.all(rows.map((p) => withBalanceNow(p, presaleDto(p, status.get(p.depositOrderId)), now, keyShopId)));
}

/** The shopper's presale of one of its orders (deposit or balance), with the balance priced now when open; or null. */
export async function myPresaleOfOrder(shopperId: string, orderId: string, now: Date): Promise<PresaleDto | null> {
  const p = await db.presaleDeposit.findFirst({ where: { shopperId, OR: [{ depositOrderId: orderId }, { balanceOrderId: orderId }] } });
  if (!p) return null;
  const deposit = await db.order.findUnique({ where: { id: p.depositOrderId }, select: { status: true } });
  return withBalanceNow(p, presaleDto(p, deposit?.status), now);
}

async function withBalanceNow(p: PresaleDeposit, dto: PresaleDto, now: Date, keyShopId: string | null = null): Promise<PresaleDto> {
  if (p.status === "DEPOSIT_PAID" && p.balanceStartsAt <= now && now < p.balanceEndsAt) {
    const { result } = await priceBalance(p.shopperId, p, { autoSelectCoupons: true }, now, keyShopId);
    dto.balanceNow = { total: result.total, finalPrice: result.total + p.deposit * p.quantity };
  }
  return dto;
}
