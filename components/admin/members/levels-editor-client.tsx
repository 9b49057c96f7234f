"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/admin/promotion-form/field";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

type Level = { key: string; name: string; nameEn: string | null; growthMin: number; freeShipping: boolean; packTemplateIds: string[] };

/** 会员等级: growth thresholds and each level's benefits (free shipping, a monthly coupon pack). */
export function LevelsEditorClient({ levels, templates, canEdit }: { levels: Level[]; templates: { id: string; label: string }[]; canEdit: boolean }) {
  const t = useTranslations("membersAdmin");
  const [rows, setRows] = useState(levels.map((l) => ({ ...l, nameEn: l.nameEn ?? "", growthMin: String(l.growthMin) })));
  const { submit, err, note, pending } = useJsonSubmit();
  const set = (i: number, patch: Partial<(typeof rows)[number]>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const save = () => submit("/api/admin/members/levels", "PUT", { levels: rows.map((r) => ({ key: r.key, name: r.name, nameEn: r.nameEn || undefined, growthMin: /^\d+$/.test(r.growthMin) ? Number(r.growthMin) : r.growthMin, freeShipping: r.freeShipping, packTemplateIds: r.packTemplateIds })) }, t("saved"));
  return (
    <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="levels-editor">
      <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("levels")}</h2>
      <div className="space-y-2">
        {rows.map((r, i) => (
          <div key={i} className="grid grid-cols-2 items-start gap-2 rounded-lg bg-slate-50 p-2 sm:grid-cols-6">
            <input aria-label={t("levelKey", { n: i + 1 })} value={r.key} disabled={!canEdit} onChange={(e) => set(i, { key: e.target.value })} className={inputClass} />
            <input aria-label={t("levelName", { n: i + 1 })} value={r.name} disabled={!canEdit} onChange={(e) => set(i, { name: e.target.value })} className={inputClass} />
            <input aria-label={t("levelNameEn", { n: i + 1 })} value={r.nameEn} disabled={!canEdit} onChange={(e) => set(i, { nameEn: e.target.value })} className={inputClass} placeholder="English" />
            <input aria-label={t("levelGrowth", { n: i + 1 })} inputMode="numeric" value={r.growthMin} disabled={!canEdit} onChange={(e) => set(i, { growthMin: e.target.value })} className={inputClass} />
            <label className="inline-flex min-h-11 items-center gap-2 text-sm"><input type="checkbox" checked={r.freeShipping} disabled={!canEdit} onChange={(e) => set(i, { freeShipping: e.target.checked })} /> {t("freeShipping")}</label>
            <select multiple aria-label={t("levelPack", { n: i + 1 })} value={r.packTemplateIds} disabled={!canEdit} onChange={(e) => set(i, { packTemplateIds: [...e.target.selectedOptions].map((o) => o.value) })} className={`${inputClass} h-20 text-xs`}>
              {templates.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            </select>
            {["key", "name", "growthMin", "packTemplateIds"].map((k) => err(`levels.${i}.${k}`) && <p key={k} className="col-span-full text-xs text-rose-700">{err(`levels.${i}.${k}`)}</p>)}
          </div>
        ))}
      </div>
      {err("levels") && <p className="mt-2 text-xs text-rose-700">{err("levels")}</p>}
      {canEdit && (
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" onClick={() => setRows([...rows, { key: `V${rows.length}`, name: "", nameEn: "", growthMin: "", freeShipping: false, packTemplateIds: [] }])} disabled={rows.length >= 10} className="min-h-11 rounded-lg px-3 text-sm ring-1 ring-slate-300">{t("addLevel")}</button>
          <button type="button" onClick={() => setRows(rows.slice(0, -1))} disabled={rows.length <= 1} className="min-h-11 rounded-lg px-3 text-sm ring-1 ring-slate-300">{t("removeLevel")}</button>
          <button type="button" onClick={save} disabled={pending} className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white disabled:opacity-50">{t("save")}</button>
        </div>
      )}
      <p className="mt-2 text-xs text-ink-muted">{t("levelsHelp")}</p>
      {note && <p role={note.ok ? "status" : "alert"} className={`mt-2 text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
    </section>
  );
}
