"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { formatYuan, parseYuan } from "@/lib/pricing/money";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

type Rule = { centsPerPoint: number; capPerOrder: number; centsPerGrowth: number; expiryYears: number };
const n = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : v);

/** 积分规则: 1 point per ¥N of goods, a cap per order, growth per ¥N, expiry in years. */
export function PointsRuleClient({ rule, canEdit }: { rule: Rule; canEdit: boolean }) {
  const t = useTranslations("membersAdmin");
  const [f, setF] = useState({ perPoint: formatYuan(rule.centsPerPoint).replace("¥", ""), cap: String(rule.capPerOrder), perGrowth: formatYuan(rule.centsPerGrowth).replace("¥", ""), years: String(rule.expiryYears) });
  const { submit, err, note, pending } = useJsonSubmit();
  const save = () => submit("/api/admin/members/points-rule", "PUT", { centsPerPoint: parseYuan(f.perPoint) ?? f.perPoint, capPerOrder: n(f.cap), centsPerGrowth: parseYuan(f.perGrowth) ?? f.perGrowth, expiryYears: n(f.years) }, t("saved"));
  return (
    <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="points-rule">
      <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("pointsRule")}</h2>
      <div className="grid gap-3 sm:grid-cols-4">
        <Field label={t("yuanPerPoint")} error={err("centsPerPoint")}><input aria-label={t("yuanPerPoint")} inputMode="decimal" value={f.perPoint} disabled={!canEdit} onChange={(e) => setF({ ...f, perPoint: e.target.value })} className={inputClass} /></Field>
        <Field label={t("capPerOrder")} error={err("capPerOrder")}><input aria-label={t("capPerOrder")} inputMode="numeric" value={f.cap} disabled={!canEdit} onChange={(e) => setF({ ...f, cap: e.target.value })} className={inputClass} /></Field>
        <Field label={t("yuanPerGrowth")} error={err("centsPerGrowth")}><input aria-label={t("yuanPerGrowth")} inputMode="decimal" value={f.perGrowth} disabled={!canEdit} onChange={(e) => setF({ ...f, perGrowth: e.target.value })} className={inputClass} /></Field>
        <Field label={t("expiryYears")} error={err("expiryYears")}><input aria-label={t("expiryYears")} inputMode="numeric" value={f.years} disabled={!canEdit} onChange={(e) => setF({ ...f, years: e.target.value })} className={inputClass} /></Field>
      </div>
      {canEdit && <button type="button" onClick={save} disabled={pending} className="mt-3 min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white disabled:opacity-50">{t("save")}</button>}
      {note && <p role={note.ok ? "status" : "alert"} className={`mt-2 text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
    </section>
  );
}
