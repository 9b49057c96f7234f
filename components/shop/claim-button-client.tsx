"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { claimCouponAction, type ShopperActionState } from "@/lib/coupons/shopper-coupon-actions";

/** Claim with immediate feedback: claimed, limit reached, sold out, not for you, sign in. */
export function ClaimButtonClient({ campaignId, disabled, label }: { campaignId: string; disabled: boolean; label: string }) {
  const t = useTranslations("center");
  const [state, run, pending] = useActionState<ShopperActionState>(claimCouponAction.bind(null, campaignId), null);
  return (
    <form action={run} className="text-right">
      <button disabled={disabled || pending || state?.ok} className="rounded-full bg-brand-600 px-4 py-1.5 text-sm font-medium text-white disabled:bg-slate-300">
        {state?.ok ? t("claimed") : label}
      </button>
      {state && !state.ok && (
        <p role="status" className="mt-1 text-xs text-rose-600">
          {t.has(`result.${state.code}`) ? t(`result.${state.code}`) : state.message}
        </p>
      )}
    </form>
  );
}
