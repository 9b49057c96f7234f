"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { OptionSelect } from "@/components/ui/option-select";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

type Program = { active: boolean; couponTemplateId: string | null; points: number; capPerInviter: number; holdDays: number };

/** 邀请有礼 settings: the inviter's reward (a platform coupon and/or points), the cap, the hold (refund window). */
export function InviteProgramClient({ program, templates, canEdit }: { program: Program; templates: { id: string; label: string }[]; canEdit: boolean }) {
  const t = useTranslations("inviteAdmin");
  const [f, setF] = useState({ active: program.active, couponTemplateId: program.couponTemplateId ?? "", points: String(program.points), capPerInviter: String(program.capPerInviter), holdDays: String(program.holdDays) });
  const { submit, err, note } = useJsonSubmit();
  const num = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : v);
  function save(e: React.FormEvent) {
    e.preventDefault();
    void submit("/api/admin/invites/program", "PUT", { active: f.active, couponTemplateId: f.couponTemplateId || null, points: num(f.points), capPerInviter: num(f.capPerInviter), holdDays: num(f.holdDays) }, t("saved"));
  }
  return (
    <form onSubmit={save} className="mb-6 space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="invite-program">
      <label className="inline-flex min-h-11 items-center gap-2 text-sm font-medium"><input type="checkbox" checked={f.active} disabled={!canEdit} onChange={(e) => setF({ ...f, active: e.target.checked })} /> {t("active")}</label>
      <div className="grid gap-3 sm:grid-cols-4">
        <Field label={t("couponLabel")} error={err("couponTemplateId")}><OptionSelect aria-label={t("couponLabel")} value={f.couponTemplateId} disabled={!canEdit} onChange={(e) => setF({ ...f, couponTemplateId: e.target.value })} className={inputClass} options={templates} empty={t("noCoupon")} /></Field>
        <Field label={t("points")} error={err("points")}><input aria-label={t("points")} inputMode="numeric" value={f.points} disabled={!canEdit} onChange={(e) => setF({ ...f, points: e.target.value })} className={inputClass} /></Field>
        <Field label={t("cap")} error={err("capPerInviter")}><input aria-label={t("cap")} inputMode="numeric" value={f.capPerInviter} disabled={!canEdit} onChange={(e) => setF({ ...f, capPerInviter: e.target.value })} className={inputClass} /></Field>
        <Field label={t("hold")} error={err("holdDays")}><input aria-label={t("hold")} inputMode="numeric" value={f.holdDays} disabled={!canEdit} onChange={(e) => setF({ ...f, holdDays: e.target.value })} className={inputClass} /></Field>
      </div>
      {canEdit && <button className="min-h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white hover:bg-brand-700">{t("save")}</button>}
      {note && <p role={note.ok ? "status" : "alert"} className={`text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
    </form>
  );
}
