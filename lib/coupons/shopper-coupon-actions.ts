"use server";
import { actionIdentity } from "@/lib/risk/action-identity";
import { revalidatePath } from "next/cache";
import { getSessionActor } from "@/lib/auth/session-actor";
import { toAppError } from "@/lib/api/errors";
import { claimCoupon } from "./claim-coupon";
import { redeemCode } from "./redeem-code";

export type ShopperActionState = { ok: boolean; code?: string; message?: string } | null;

async function shopperId() {
  const actor = await getSessionActor();
  return actor?.kind === "shopper" ? actor.id : null;
}

/** 领券 from the coupon center; the answer says what happened (claimed, limit, sold out…). */
export async function claimCouponAction(campaignId: string): Promise<ShopperActionState> {
  const id = await shopperId();
  if (!id) return { ok: false, code: "SIGN_IN" };
  try {
    await claimCoupon(id, campaignId, undefined, new Date(), await actionIdentity());
    revalidatePath("/coupons");
    return { ok: true, code: "CLAIMED" };
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, code: String(err.code), message: err.message };
  }
}

export async function redeemCodeAction(_prev: ShopperActionState, form: FormData): Promise<ShopperActionState> {
  const id = await shopperId();
  if (!id) return { ok: false, code: "SIGN_IN" };
  try {
    await redeemCode(id, String(form.get("code") ?? ""), new Date(), await actionIdentity());
    revalidatePath("/coupons");
    return { ok: true, code: "REDEEMED" };
  } catch (e) {
    const err = toAppError(e);
    return { ok: false, code: String(err.code), message: err.message };
  }
}
