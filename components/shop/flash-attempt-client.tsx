"use client";
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { attemptAction, type AttemptState } from "@/lib/flash-sale/flash-actions";

/** 立即抢购 with a clear outcome: won (go and pay), sold out, limit reached, not started, ended. */
export function FlashAttemptClient({ promotionId, skuId, initialKey, disabled, label }: { promotionId: string; skuId: string; initialKey: string; disabled: boolean; label: string }) {
  const t = useTranslations("flash");
  const [state, run, pending] = useActionState<AttemptState, FormData>(attemptAction.bind(null, promotionId, skuId), null);
  const outcome = state?.error ?? state?.result;
  return (
    <form action={run} className="text-right">
      <input type="hidden" name="key" value={state?.key ?? initialKey} />
      <button disabled={disabled || pending} className="rounded-full bg-rose-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-rose-700 disabled:bg-slate-300" data-testid="flash-attempt">
        {pending ? t("trying") : label}
      </button>
      {outcome && (
        <p role="status" className={`mt-1 text-xs ${state?.result === "WON" ? "text-emerald-700" : "text-rose-600"}`} data-testid="flash-outcome">
          {t.has(`outcome.${outcome}`) ? t(`outcome.${outcome}`) : outcome}{" "}
          {state?.orderId && (
            <Link href={`/orders/${state.orderId}/pay`} className="font-medium underline">
              {t("payNow")}
            </Link>
          )}
        </p>
      )}
    </form>
  );
}
