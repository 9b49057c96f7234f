"use server";
import { actionIdentity } from "@/lib/risk/action-identity";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getShopperId } from "@/lib/auth/session-actor";
import { AppError, toAppError } from "@/lib/api/errors";
import { checkedLines, readCart, writeCart } from "@/lib/cart/cart-cookie";
import { submitOrder } from "./submit-order";
import { db } from "@/lib/db/client";

const findOrderByKey = (shopperId: string, idempotencyKey: string) => db.order.findUnique({ where: { shopperId_idempotencyKey: { shopperId, idempotencyKey } }, select: { id: true } });
import { payOrder } from "./pay-order";
import { cancelOrder } from "./cancel-order";
import { requestRefund } from "./refund-order";
import { refundTypeSchema } from "./refund-schemas";

async function shopper(back: string) {
  const id = await getShopperId();
  if (!id) await shopRedirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
  return id!;
}

const placeForm = z.object({ idempotencyKey: z.string().min(8).max(100), couponIds: z.string().max(2000), region: z.string().max(60).optional(), expectedTotal: z.coerce.number().int().min(0).max(2_147_483_647).optional() });

/** 提交订单 from the checkout page: the coupons shown there, the cart cookie, the same idempotency key on a double submit. */
export async function placeOrderAction(form: FormData) {
  const id = await shopper("/checkout");
  const parsed = placeForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) await shopRedirect("/checkout?error=VALIDATION_FAILED");
  const { idempotencyKey, couponIds, region, expectedTotal } = parsed.data!;
  // a second tap of the same 提交订单 (the cart is already emptied by the first) goes to that order's cashier
  const placed = await findOrderByKey(id, idempotencyKey);
  if (placed) await shopRedirect(`/orders/${placed.id}/pay`);
  const cart = await readCart();
  const lines = checkedLines(cart);
  if (!lines.length) await shopRedirect("/cart");
  let orderId: string;
  try {
    const { order } = await submitOrder({ shopperId: id, lines, couponIds: couponIds ? couponIds.split(",") : [], autoSelectCoupons: false, region: region || undefined, channel: "web", idempotencyKey, expectedTotal, identity: await actionIdentity() });
    orderId = order.id;
  } catch (e) {
    const err = toAppError(e);
    await shopRedirect(`/checkout?error=${encodeURIComponent(String(err.code))}${region ? `&region=${encodeURIComponent(region)}` : ""}`);
  }
  // the unticked lines stay in the cart
  await writeCart(cart.filter((l) => l.off));
  await shopRedirect(`/orders/${orderId!}/pay`);
}

const orderForm = z.object({ orderId: z.string().min(1).max(64), result: z.enum(["SUCCESS", "FAIL"]).optional() });

/** The simulated payment page: pay, or simulate a failed payment (the order stays unpaid). */
export async function payOrderAction(form: FormData) {
  const { orderId, result } = orderForm.parse(Object.fromEntries(form));
  const id = await shopper(`/orders/${orderId}/pay`);
  try {
    await payOrder(id, orderId, result !== "FAIL");
  } catch (e) {
    await shopRedirect(`/orders/${orderId}/pay?error=${encodeURIComponent(String(toAppError(e).code))}`);
  }
  revalidatePath("/orders");
  await shopRedirect(result === "FAIL" ? `/orders/${orderId}/pay?failed=1` : `/orders/${orderId}?paid=1`);
}

export async function cancelOrderAction(form: FormData) {
  const { orderId } = orderForm.parse(Object.fromEntries(form));
  const id = await shopper(`/orders/${orderId}`);
  try {
    await cancelOrder(id, orderId);
  } catch (e) {
    await shopRedirect(`/orders/${orderId}?error=${encodeURIComponent(String(toAppError(e).code))}`);
  }
  await shopRedirect(`/orders/${orderId}`);
}

const refundForm = z.object({
  orderId: z.string().min(1).max(64),
  lines: z.string().max(4000),
  idempotencyKey: z.string().min(8).max(100),
  type: refundTypeSchema,
  reason: z.string().max(100),
  detail: z.string().max(400).optional(),
});

/** Confirms a refund the shopper has seen quoted; the key makes a double submit one refund. */
export async function refundAction(form: FormData) {
  const { orderId, lines, idempotencyKey, reason, detail, type } = refundForm.parse(Object.fromEntries(form));
  const id = await shopper(`/orders/${orderId}`);
  let status = "PENDING";
  const parsed = z.array(z.object({ skuId: z.string().min(1), quantity: z.number().int().min(1) })).min(1).safeParse(JSON.parse(lines));
  if (!parsed.success) await shopRedirect(`/orders/${orderId}/refund?error=VALIDATION_FAILED`);
  try {
    const text = [reason.trim(), detail?.trim()].filter(Boolean).join("：");
    if (text.length < 2) throw new AppError("VALIDATION_FAILED", "say why", { reason: "say why" });
    const { refund } = await requestRefund(id, orderId, { lines: parsed.data!, idempotencyKey, reason: text, type });
    status = refund.status;
  } catch (e) {
    await shopRedirect(`/orders/${orderId}/refund?error=${encodeURIComponent(String(toAppError(e).code))}`);
  }
  await shopRedirect(`/orders/${orderId}?refunded=${status}`);
}
