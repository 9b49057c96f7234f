"use client";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { simulateAction, type SimulationState } from "@/lib/promotions/promotion-actions";
import { PriceBreakdown } from "@/components/shop/price-breakdown";

type Option = { id: string; label: string };

export function SimulationClient({ id, shoppers, skus, names }: { id: string; shoppers: Option[]; skus: Option[]; names: Record<string, string> }) {
  const t = useTranslations("promo");
  const [state, run, pending] = useActionState<SimulationState, FormData>(simulateAction.bind(null, id), null);
  const [rows, setRows] = useState([0]);
  const field = "rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500";
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={run} className="space-y-3">
        <label className="block text-sm font-medium text-slate-700">
          {t("simShopper")}
          <select name="userId" className={`mt-1 block w-full ${field}`} required>
            {shoppers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {rows.map((r) => (
          <div key={r} className="flex gap-2">
            <label className="sr-only" htmlFor={`sku-${r}`}>
              SKU
            </label>
            <select id={`sku-${r}`} name="skuId" className={`min-w-0 flex-1 ${field}`}>
              {skus.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
            <label className="sr-only" htmlFor={`qty-${r}`}>
              {t("simQuantity")}
            </label>
            <input id={`qty-${r}`} name="quantity" type="number" min={1} defaultValue={1} className={`w-20 ${field}`} />
          </div>
        ))}
        <div className="flex gap-2">
          <button type="button" onClick={() => setRows((x) => [...x, Math.max(...x) + 1])} className="rounded-lg px-3 py-2 text-sm text-slate-600 ring-1 ring-slate-300 hover:bg-slate-50">
            + {t("simAddLine")}
          </button>
          <button type="submit" disabled={pending} className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
            {t("simRun")}
          </button>
        </div>
        {state?.error && <p role="alert" className="text-sm text-rose-700">{state.error}</p>}
      </form>
      <div>{state?.result ? <PriceBreakdown result={state.result} names={names} /> : <p className="text-sm text-ink-muted">{t("simEmpty")}</p>}</div>
    </div>
  );
}
