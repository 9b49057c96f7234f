"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";

export type SkuOption = { id: string; label: string; price: number };

/** Searchable multi-select over thousands of SKUs: filters on the client, shows the first 50 matches. */
export function SkuPickerClient({ options, value, onChange, label }: { options: SkuOption[]; value: string[]; onChange: (ids: string[]) => void; label: string }) {
  const t = useTranslations("form");
  const [q, setQ] = useState("");
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const matches = useMemo(() => {
    const needle = q.trim().toLowerCase();
    return options.filter((o) => !value.includes(o.id) && (!needle || o.label.toLowerCase().includes(needle))).slice(0, 50);
  }, [options, q, value]);
  return (
    <div className="rounded-lg ring-1 ring-slate-200">
      <div className="flex flex-wrap gap-1 p-2">
        {value.map((id) => (
          <span key={id} className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700">
            {byId.get(id)?.label ?? id}
            <button type="button" aria-label={t("remove")} onClick={() => onChange(value.filter((v) => v !== id))} className="text-brand-700 hover:text-brand-800">
              ×
            </button>
          </span>
        ))}
        {!value.length && <span className="text-xs text-ink-muted">{t("noneChosen")}</span>}
      </div>
      <input value={q} onChange={(e) => setQ(e.target.value)} aria-label={label} placeholder={t("searchSku")} className="w-full border-t border-slate-200 px-3 py-2 text-sm outline-none" />
      <ul className="max-h-40 overflow-y-auto text-sm">
        {matches.map((o) => (
          <li key={o.id}>
            <button type="button" onClick={() => onChange([...value, o.id])} className="w-full px-3 py-1.5 text-left hover:bg-slate-50">
              {o.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
