"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { MessageFieldsClient, emptyMessage, messageBody, type MessageDraft } from "./message-fields-client";
import { OptionSelect } from "@/components/ui/option-select";
import { useIntent } from "@/components/ui/use-intent-client";
import { apiErrorText, errorText } from "@/lib/i18n/error-text";
import { localizeValidation } from "@/lib/i18n/validation-messages";
import { fromZonedInput } from "@/lib/time/zone";

type Option = { id: string; label: string };

/**
 * 精准触达: a message (inbox, email, SMS, push — and a coupon) to a segment, now or at a time in the shop's zone. The send
 * button is one intent: disabled while sent, its idempotency key unique on the server — a double
 * click is one delivery.
 */
export function DeliveryFormClient({ segments, templates, timeZone }: { segments: Option[]; templates: Option[]; timeZone: string }) {
  const t = useTranslations("deliveries");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [f, setF] = useState({ name: "", segmentId: segments[0]?.id ?? "", when: "now" as "now" | "later", at: "" });
  const [m, setM] = useState<MessageDraft>(emptyMessage);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const send = useIntent();
  const set = (patch: Partial<typeof f>) => setF({ ...f, ...patch });
  const err = (p: string) => (errors[p] ? localizeValidation(errors[p], locale) : undefined);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const sendAt = f.when === "later" ? fromZonedInput(f.at, timeZone) : undefined;
    if (f.when === "later" && !sendAt) return setErrors({ sendAt: "choose a date and time" });
    await send.run(async (idempotencyKey) => {
      try {
        const res = await fetch("/api/admin/deliveries", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ name: f.name, segmentId: f.segmentId, ...messageBody(m), sendAt, idempotencyKey }),
        });
        const out = await res.json().catch(() => ({}));
        if (!res.ok) {
          setErrors(out.error?.fields ?? {});
          setMessage(apiErrorText(te, out.error, locale));
          return { ok: false };
        }
        router.push(`/admin/deliveries/${out.id}`);
        return { ok: true };
      } catch {
        setMessage(errorText(te, "UNAVAILABLE"));
        return { ok: false };
      }
    });
  }

  return (
    <form onSubmit={submit} className="max-w-3xl space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("name")} error={err("name")}><input aria-label={t("name")} value={f.name} onChange={(e) => set({ name: e.target.value })} className={inputClass} required maxLength={80} /></Field>
        <Field label={t("segment")} error={err("segmentId")}><OptionSelect aria-label={t("segment")} value={f.segmentId} onChange={(e) => set({ segmentId: e.target.value })} className={inputClass} options={segments} empty="—" /></Field>
      </div>
      <MessageFieldsClient value={m} onChange={setM} templates={templates} err={err} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("when")}</legend>
        <label className="mr-4 inline-flex items-center gap-2 text-sm"><input type="radio" name="when" checked={f.when === "now"} onChange={() => set({ when: "now" })} /> {t("now")}</label>
        <label className="inline-flex items-center gap-2 text-sm"><input type="radio" name="when" checked={f.when === "later"} onChange={() => set({ when: "later" })} /> {t("later")}</label>
        {f.when === "later" && (
          <Field label={`${t("at")} (${timeZone})`} error={err("sendAt")}><input aria-label={t("at")} type="datetime-local" value={f.at} onChange={(e) => set({ at: e.target.value })} className={inputClass} /></Field>
        )}
      </fieldset>
      {message && <p role="alert" className="text-sm text-rose-700">{message}</p>}
      <button disabled={send.pending} className="min-h-11 rounded-lg bg-brand-600 px-5 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-50">{t("send")}</button>
    </form>
  );
}
