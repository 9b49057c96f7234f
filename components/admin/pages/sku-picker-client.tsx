"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/admin/promotion-form/field";

type Found = { id: string; label: string };

/**
 * Picks SKUs for a product grid: a search over the actor's catalogue (GET /api/admin/products?q=,
 * which is scoped to their shop), the picked ones as removable chips. At most 60.
 */
export function SkuPickerClient({ value, labels, onChange, index }: { value: string[]; labels: Record<string, string>; onChange: (ids: string[], names: Record<string, string>) => void; index: number }) {
  const t = useTranslations("pageBuilder");
  const [q, setQ] = useState("");
  const [found, setFound] = useState<Found[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!q.trim()) return;
    const ctl = new AbortController();
    const timer = setTimeout(async () => {
      setBusy(true);
      try {
        const res = await fetch(`/api/admin/products?take=20&q=${encodeURIComponent(q.trim())}`, { signal: ctl.signal });
        const body = (await res.json()) as { items?: { name: string; skus: { id: string; name: string; code: string }[] }[] };
        setFound((body.items ?? []).flatMap((p) => p.skus.map((s) => ({ id: s.id, label: `${p.name} · ${s.name || s.code}` }))));
      } catch {
        /* aborted or offline: keep the last results */
      } finally {
        setBusy(false);
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [q]);
  const toggle = (s: Found) => onChange(value.includes(s.id) ? value.filter((x) => x !== s.id) : [...value, s.id].slice(0, 60), { [s.id]: s.label });
  return (
    <div className="space-y-2 sm:col-span-3">
      <ul className="flex flex-wrap gap-1" aria-label={t("pickedSkus")} data-testid="picked-skus">
        {value.map((id) => (
          <li key={id} className="inline-flex items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-3 pr-1 text-xs text-slate-800">
            {labels[id] ?? id}
            <button type="button" onClick={() => onChange(value.filter((x) => x !== id), {})} aria-label={t("unpick", { name: labels[id] ?? id })} className="flex h-7 w-7 items-center justify-center rounded-full hover:bg-slate-200">×</button>
          </li>
        ))}
        {value.length === 0 && <li className="text-xs text-ink-muted">{t("noSkusPicked")}</li>}
      </ul>
      <label className="block text-xs text-slate-600">
        {t("findSkus")}
        <input type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-label={`${t("findSkus")} (${index + 1})`} placeholder={t("findSkusHint")} className={inputClass} />
      </label>
      {q.trim() && (
        <ul className="max-h-48 overflow-auto rounded-lg ring-1 ring-slate-200" aria-busy={busy} data-testid="sku-results">
          {found.map((s) => (
            <li key={s.id}>
              <label className="flex min-h-11 cursor-pointer items-center gap-2 px-3 text-sm hover:bg-slate-50">
                <input type="checkbox" checked={value.includes(s.id)} onChange={() => toggle(s)} /> {s.label}
              </label>
            </li>
          ))}
          {!busy && found.length === 0 && <li className="px-3 py-2 text-xs text-ink-muted">{t("noSkusFound")}</li>}
        </ul>
      )}
    </div>
  );
}
