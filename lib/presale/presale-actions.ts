"use server";
import { z } from "zod";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { getShopperId } from "@/lib/auth/session-actor";
import { toAppError } from "@/lib/api/errors";
import { placeDeposit } from "./place-deposit";
import { placeBalance } from "./place-balance";
import { cancelPresale } from "./cancel-presale";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { assertStaff } from "@/lib/auth/guards";

const id = z.string().min(1).max(64);
const depositForm = z.object({ promotionId: id, skuId: id, quantity: z.coerce.number().int().min(1).max(99).default(1), key: z.string().min(8).max(100), back: z.string().startsWith("/").max(200) });
const balanceForm = z.object({ presaleId: id, key: z.string().min(8).max(100), back: z.string().startsWith("/").max(200) });

const withError = (back: string, code: string) => `${back}${back.includes("?") ? "&" : "?"}presaleError=${encodeURIComponent(code)}`;

/** 付定金 on a product page: the deposit order, then its cashier. */
export async function depositAction(form: FormData) {
  const f = depositForm.parse(Object.fromEntries(form));
  const shopperId = await getShopperId();
  if (!shopperId) await shopRedirect(`/login?callbackUrl=${encodeURIComponent(f.back)}`);
  let orderId: string;
  try {
    orderId = (await placeDeposit(shopperId!, { promotionId: f.promotionId, skuId: f.skuId, quantity: f.quantity, idempotencyKey: f.key })).order.id;
  } catch (e) {
    await shopRedirect(withError(f.back, String(toAppError(e).code)));
  }
  await shopRedirect(`/orders/${orderId!}/pay`);
}

/** 付尾款 from the deposit's order page: the balance order priced now (coupons chosen automatically), then its cashier. */
export async function balanceAction(form: FormData) {
  const f = balanceForm.parse(Object.fromEntries(form));
  const shopperId = await getShopperId();
  if (!shopperId) await shopRedirect(`/login?callbackUrl=${encodeURIComponent(f.back)}`);
  let orderId: string;
  try {
    orderId = (await placeBalance(shopperId!, f.presaleId, { idempotencyKey: f.key, autoSelectCoupons: true, channel: "web" })).order.id;
  } catch (e) {
    await shopRedirect(withError(f.back, String(toAppError(e).code)));
  }
  await shopRedirect(`/orders/${orderId!}/pay`);
}

const cancelForm = z.object({ presaleId: id, reason: z.string().trim().min(2).max(500), back: z.string().startsWith("/admin/").max(200) });

/** Staff: cancel one presale purchase from the presale report (role and shop checked again in cancelPresale's caller). */
export async function cancelPresaleAction(form: FormData) {
  const parsed = cancelForm.safeParse(Object.fromEntries(form));
  const back = typeof form.get("back") === "string" && String(form.get("back")).startsWith("/admin/") ? String(form.get("back")) : "/admin/promotions";
  if (!parsed.success) redirect(`${back}?presaleError=VALIDATION_FAILED`);
  const f = parsed.data!;
  try {
    const actor = assertStaff(await getSessionActor(), ["ADMIN", "OPERATOR"]);
    await cancelPresale(actor, f.presaleId, f.reason);
  } catch (e) {
    redirect(`${back}?presaleError=${encodeURIComponent(String(toAppError(e).code))}`);
  }
  revalidatePath(back);
  redirect(`${back}?presaleCancelled=1`);
}
