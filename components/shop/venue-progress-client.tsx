"use client";
import { Link } from "@/lib/i18n/navigation";
import { formatYuan } from "@/lib/pricing/money";
import { usePersonal } from "./personal-deals-client";

type Labels = { title: string; appliedNow: string; notYet: string; nextAmount: string; nextQuantity: string; nextQuantityOne: string; toCart: string };

/** 我的进度: what this promotion gives the signed-in shopper's cart now, and the 凑单 hint (filled in by the browser). */
export function VenueProgressClient({ labels }: { labels: Labels }) {
  const { progress } = usePersonal();
  if (!progress) return null;
  const fill = (s: string, v: Record<string, string>) => Object.entries(v).reduce((a, [k, x]) => a.replace(`{${k}}`, x), s);
  return (
    <section className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200" aria-labelledby="progress-title" aria-live="polite" data-testid="venue-progress">
      <h2 id="progress-title" className="text-sm font-medium text-slate-700">
        {labels.title}
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        {progress.applied > 0 ? fill(labels.appliedNow, { amount: formatYuan(progress.applied) }) : labels.notYet}
        {progress.hint && (
          <>
            {" "}
            <span className="font-medium text-amber-800">
              {progress.hint.basis === "AMOUNT" ? fill(labels.nextAmount, { shortfall: formatYuan(progress.hint.shortfall), off: formatYuan(progress.hint.amountOff) }) : progress.hint.shortfall === 1 ? labels.nextQuantityOne : fill(labels.nextQuantity, { shortfall: String(progress.hint.shortfall) })}
            </span>
          </>
        )}
      </p>
      <Link href="/cart" prefetch={false} className="mt-2 inline-flex min-h-11 items-center text-sm text-brand-700 underline">
        {labels.toCart}
      </Link>
    </section>
  );
}
