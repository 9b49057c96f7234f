"use client";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { attemptAction, type AttemptState } from "@/lib/flash-sale/flash-actions";
import { useFlashLeft } from "./flash-live-client";

/**
 * 立即抢购 with a clear outcome: won (go and pay), sold out, limit reached, not started, ended,
 * sign in first. The button follows the live stock: it turns into 已抢光 (disabled) when the item
 * sells out while the page is open. Each page view gets its own idempotency key (the page itself
 * may be a cached copy), so a double click is one attempt.
 */
export function FlashAttemptClient({ promotionId, skuId, initialKey, started, initialLeft, labels }: { promotionId: string; skuId: string; initialKey: string; started: boolean; initialLeft: number; labels: { grab: string; soldOut: string; notYet: string } }) {
  const t = useTranslations("flash");
  const left = useFlashLeft(skuId, initialLeft);
  const fresh = useRef<string | null>(null);
  const [state, run, pending] = useActionState<AttemptState, FormData>(attemptAction.bind(null, promotionId, skuId), null);
  // with scripts, this page view's first attempt gets a key of its own (the HTML may be a cached copy)
  const submit = (form: FormData) => {
    setAsks(0);
    if (!state?.key) form.set("key", (fresh.current ??= crypto.randomUUID()));
    return run(form);
  };
  // a win is queued for its order (written off the request path): ask again with the same key
  // until the order exists — the outcome reads 排队中 meanwhile; the asks slow down (0.6 s → 5 s)
  // and stop after about two minutes, pointing to the orders page (the order appears there)
  const [asks, setAsks] = useState(0);
  useEffect(() => {
    if (!state?.queued || asks >= 40) return;
    const timer = setTimeout(() => {
      setAsks((n) => n + 1);
      const form = new FormData();
      form.set("key", state.key);
      startTransition(() => run(form));
    }, Math.min(5_000, 600 * 1.25 ** asks));
    return () => clearTimeout(timer);
  }, [state, run, asks]);
  const outcome = state?.queued ? (asks >= 40 ? "QUEUED_LONG" : "QUEUED") : (state?.error ?? state?.result);
  const soldOut = left <= 0 || state?.result === "SOLD_OUT";
  // once won (or at the limit) the button is done: it says so and takes no more clicks
  const won = state?.result === "WON";
  const atLimit = state?.result === "LIMIT_REACHED";
  return (
    // a fixed width: a long outcome wraps inside it instead of squeezing the item's row
    <form action={submit} className="w-28 text-right sm:w-40">
      <input type="hidden" name="key" value={state?.key ?? initialKey} />
      <button disabled={!started || soldOut || pending || won || atLimit} className="min-h-11 w-full rounded-full bg-rose-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-rose-800 disabled:bg-slate-300 disabled:text-slate-700" data-testid="flash-attempt">
        {won ? t("grabbed") : pending ? t("trying") : atLimit ? t("limitDone") : !started ? labels.notYet : soldOut ? labels.soldOut : labels.grab}
      </button>
      <p role="status" aria-live="polite" className={`mt-1 break-words text-xs ${won ? "text-emerald-800" : "text-rose-700"}`} data-testid={outcome ? "flash-outcome" : undefined}>
        {outcome === "SIGN_IN" ? (
          <Link href="/login?callbackUrl=/flash-sales" className="font-medium underline">
            {t("outcome.SIGN_IN")}
          </Link>
        ) : outcome ? (
          <>
            {t.has(`outcome.${outcome}`) ? t(`outcome.${outcome}`) : outcome}{" "}
            {state?.orderId && (
              <Link href={`/orders/${state.orderId}/pay`} className="font-medium underline">
                {t("payNow")}
              </Link>
            )}
          </>
        ) : null}
      </p>
    </form>
  );
}
