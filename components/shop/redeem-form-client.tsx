"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { redeemCodeAction, type ShopperActionState } from "@/lib/coupons/shopper-coupon-actions";

export function RedeemFormClient() {
  const t = useTranslations("center");
  const [state, run, pending] = useActionState<ShopperActionState, FormData>(redeemCodeAction, null);
  return (
    <form action={run} className="flex flex-wrap items-start gap-2">
      <label className="sr-only" htmlFor="redeem-code">
        {t("code")}
      </label>
      <input id="redeem-code" name="code" placeholder={t("code")} className="min-w-0 flex-1 rounded-full border-0 px-4 py-2 text-sm uppercase ring-1 ring-slate-300" />
      <button disabled={pending} className="rounded-full bg-slate-900 px-4 py-2 text-sm font-medium text-white">
        {t("redeem")}
      </button>
      {state && (
        <p role="status" className={`w-full text-sm ${state.ok ? "text-emerald-700" : "text-rose-700"}`}>
          {t.has(`result.${state.code}`) ? t(`result.${state.code}`) : state.message}
        </p>
      )}
    </form>
  );
}
