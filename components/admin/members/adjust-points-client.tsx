"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { useIntent } from "@/components/ui/use-intent-client";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

/** 积分调整: a shopper's points up or down with a note; one click = one adjustment (its key). */
export function AdjustPointsClient({ shopperId = "" }: { shopperId?: string }) {
  const t = useTranslations("membersAdmin");
  const [f, setF] = useState({ shopperId, amount: "", note: "" });
  const { submit, err, note } = useJsonSubmit();
  const intent = useIntent();
  const [idError, setIdError] = useState<string | null>(null);
  const go = (e: React.FormEvent) => {
    e.preventDefault();
    if (!f.shopperId.trim()) return setIdError(t("shopperIdRequired"));
    setIdError(null);
    void intent.run(async (idempotencyKey) => {
      const out = await submit(`/api/admin/shoppers/${encodeURIComponent(f.shopperId.trim())}/points`, "POST", { amount: /^-?\d+$/.test(f.amount.trim()) ? Number(f.amount) : f.amount, note: f.note, idempotencyKey }, t("adjusted"));
      return { ok: out !== null };
    });
  };
  return (
    <form onSubmit={go} className="space-y-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="adjust-points">
      <h2 className="text-sm font-semibold text-slate-900">{t("adjust")}</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("shopperId")} error={idError ?? undefined}><input aria-label={t("shopperId")} value={f.shopperId} readOnly={Boolean(shopperId)} onChange={(e) => setF({ ...f, shopperId: e.target.value })} className={inputClass} /></Field>
        <Field label={t("amount")} error={err("amount")}><input aria-label={t("amount")} inputMode="numeric" value={f.amount} onChange={(e) => setF({ ...f, amount: e.target.value })} className={inputClass} placeholder="-50 / 100" /></Field>
        <Field label={t("note")} error={err("note")}><input aria-label={t("note")} value={f.note} onChange={(e) => setF({ ...f, note: e.target.value })} className={inputClass} maxLength={200} /></Field>
      </div>
      <button disabled={intent.pending} className="min-h-11 rounded-lg bg-slate-900 px-4 text-sm font-semibold text-white disabled:opacity-50">{t("adjustButton")}</button>
      {note && <p role={note.ok ? "status" : "alert"} className={`text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
    </form>
  );
}
