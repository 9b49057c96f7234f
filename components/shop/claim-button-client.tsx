"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { claimCouponAction, type ShopperActionState } from "@/lib/coupons/shopper-coupon-actions";
import { Link } from "@/lib/i18n/navigation";

/**
 * Claim with immediate feedback: claimed, limit reached, sold out, not for you, sign in. The
 * outcome is announced (a live region) and receives the focus, so keyboard and screen-reader users
 * are not left on a button that just became disabled.
 */
export function ClaimButtonClient({ campaignId, disabled, label, returnTo = "/coupons" }: { campaignId: string; disabled: boolean; label: string; returnTo?: string }) {
  const t = useTranslations("center");
  const [state, run, pending] = useActionState<ShopperActionState>(claimCouponAction.bind(null, campaignId), null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state) status.current?.focus();
  }, [state]);
  return (
    <form action={run} className="text-right">
      <button disabled={disabled || pending || state?.ok} className="inline-flex min-h-11 items-center rounded-full bg-brand-600 px-4 py-1.5 text-sm font-medium text-white disabled:bg-slate-300 disabled:text-slate-700">
        {state?.ok ? t("claimed") : label}
      </button>
      {state && (
      <p ref={status} tabIndex={-1} role="status" aria-live="polite" className={!state.ok ? "mt-1 text-xs text-rose-700" : "sr-only"}>
        {state.ok ? (
          t("claimed")
        ) : state?.code === "SIGN_IN" ? (
          <Link href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`} className="font-medium underline">
            {t("result.SIGN_IN")}
          </Link>
        ) : t.has(`result.${state.code}`) ? (
          t(`result.${state.code}`)
        ) : (
          state.message
        )}
      </p>
      )}
    </form>
  );
}
