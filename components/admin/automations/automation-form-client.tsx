"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { OptionSelect } from "@/components/ui/option-select";
import { MessageFieldsClient, emptyMessage, messageBody, type MessageDraft } from "@/components/admin/deliveries/message-fields-client";
import { apiErrorText, errorText } from "@/lib/i18n/error-text";
import { localizeValidation } from "@/lib/i18n/validation-messages";

const TRIGGERS = { ABANDONED_CART: 4, BIRTHDAY: 3, WIN_BACK: 30, SECOND_ORDER: 24 } as const;
type Trigger = keyof typeof TRIGGERS;

/** 自动化营销: trigger → wait → (segment) condition → message and coupon. Active once saved. */
export function AutomationFormClient({ segments, templates }: { segments: { id: string; label: string }[]; templates: { id: string; label: string }[] }) {
  const t = useTranslations("automations");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [f, setF] = useState({ name: "", trigger: "ABANDONED_CART" as Trigger, wait: "4", segmentId: "" });
  const [m, setM] = useState<MessageDraft>(emptyMessage);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const err = (p: string) => (errors[p] ? localizeValidation(errors[p], locale) : undefined);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    try {
      const res = await fetch("/api/admin/automations", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: f.name, trigger: f.trigger, wait: Number(f.wait), segmentId: f.segmentId || undefined, ...messageBody(m) }),
      });
      const out = await res.json().catch(() => ({}));
      if (!res.ok) {
        setErrors(out.error?.fields ?? {});
        setMessage(apiErrorText(te, out.error, locale));
        return;
      }
      router.push(`/admin/automations/${out.id}`);
    } catch {
      setMessage(errorText(te, "UNAVAILABLE"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="max-w-3xl space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <Field label={t("name")} error={err("name")}><input aria-label={t("name")} value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} className={inputClass} maxLength={80} /></Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("trigger")} error={err("trigger")}>
          <OptionSelect aria-label={t("trigger")} value={f.trigger} onChange={(e) => setF({ ...f, trigger: e.target.value as Trigger, wait: String(TRIGGERS[e.target.value as Trigger]) })} className={inputClass} options={(Object.keys(TRIGGERS) as Trigger[]).map((k) => ({ id: k, label: t(`triggers.${k}`) }))} />
        </Field>
        <Field label={t(`waitLabel.${f.trigger}`)} error={err("wait")}><input aria-label={t(`waitLabel.${f.trigger}`)} inputMode="numeric" value={f.wait} onChange={(e) => setF({ ...f, wait: e.target.value })} className={inputClass} /></Field>
        <Field label={t("condition")} error={err("segmentId")}><OptionSelect aria-label={t("condition")} value={f.segmentId} onChange={(e) => setF({ ...f, segmentId: e.target.value })} className={inputClass} options={segments} empty={t("everyone")} /></Field>
      </div>
      <p className="text-xs text-ink-muted">{t(`help.${f.trigger}`)}</p>
      <MessageFieldsClient value={m} onChange={setM} templates={templates} err={err} />
      {message && <p role="alert" className="text-sm text-rose-700">{message}</p>}
      <button disabled={pending} className="min-h-11 rounded-lg bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50">{t("create")}</button>
    </form>
  );
}
