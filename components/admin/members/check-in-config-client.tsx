"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/admin/promotion-form/field";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

type Reward = { points: number; couponTemplateId?: string | null };

/** 签到奖励: points per day of the streak's cycle (and a coupon on any day). */
export function CheckInConfigClient({ active, rewards, templates, canEdit }: { active: boolean; rewards: Reward[]; templates: { id: string; label: string }[]; canEdit: boolean }) {
  const t = useTranslations("membersAdmin");
  const [on, setOn] = useState(active);
  const [rows, setRows] = useState(rewards.map((r) => ({ points: String(r.points), couponTemplateId: r.couponTemplateId ?? "" })));
  const { submit, err, note, pending } = useJsonSubmit();
  const save = () => submit("/api/admin/members/check-in", "PUT", { active: on, rewards: rows.map((r) => ({ points: /^\d+$/.test(r.points) ? Number(r.points) : r.points, couponTemplateId: r.couponTemplateId || null })) }, t("saved"));
  return (
    <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="check-in-config">
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900">{t("checkIn")}</h2>
        <label className="inline-flex min-h-11 items-center gap-2 text-sm"><input type="checkbox" checked={on} disabled={!canEdit} onChange={(e) => setOn(e.target.checked)} /> {t("active")}</label>
      </div>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {rows.map((r, i) => (
          <li key={i} className="space-y-1 rounded-lg bg-slate-50 p-2">
            <label className="block text-xs text-ink-muted">
              {t("dayN", { n: i + 1 })}
              <input aria-label={t("pointsOfDay", { n: i + 1 })} inputMode="numeric" value={r.points} disabled={!canEdit} onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, points: e.target.value } : x)))} className={inputClass} />
            </label>
            <select aria-label={t("couponOfDay", { n: i + 1 })} value={r.couponTemplateId} disabled={!canEdit} onChange={(e) => setRows(rows.map((x, j) => (j === i ? { ...x, couponTemplateId: e.target.value } : x)))} className={`${inputClass} text-xs`}>
              <option value="">{t("noCoupon")}</option>
              {templates.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
            </select>
            {(err(`rewards.${i}.points`) || err(`rewards.${i}.couponTemplateId`)) && <p className="text-xs text-rose-700">{err(`rewards.${i}.points`) ?? err(`rewards.${i}.couponTemplateId`)}</p>}
          </li>
        ))}
      </ol>
      {canEdit && (
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button type="button" onClick={() => setRows([...rows, { points: "5", couponTemplateId: "" }])} disabled={rows.length >= 31} className="min-h-11 rounded-lg px-3 text-sm ring-1 ring-slate-300">{t("addDay")}</button>
          <button type="button" onClick={() => setRows(rows.slice(0, -1))} disabled={rows.length <= 1} className="min-h-11 rounded-lg px-3 text-sm ring-1 ring-slate-300">{t("removeDay")}</button>
          <button type="button" onClick={save} disabled={pending} className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white disabled:opacity-50">{t("save")}</button>
        </div>
      )}
      {note && <p role={note.ok ? "status" : "alert"} className={`mt-2 text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
    </section>
  );
}
