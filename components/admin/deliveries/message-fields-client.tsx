"use client";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { OptionSelect } from "@/components/ui/option-select";

export const CHANNEL_KEYS = ["INBOX", "EMAIL", "SMS", "PUSH"] as const;
export type MessageDraft = { channels: string[]; title: string; body: string; html: string; link: string; couponTemplateId: string };
export const emptyMessage = (): MessageDraft => ({ channels: ["INBOX"], title: "", body: "", html: "", link: "", couponTemplateId: "" });

/** The message part of a delivery or an automation: channels, title, text, email HTML, link, coupon. */
export function MessageFieldsClient({ value, onChange, templates, err }: { value: MessageDraft; onChange: (v: MessageDraft) => void; templates: { id: string; label: string }[]; err: (field: string) => string | undefined }) {
  const t = useTranslations("deliveries");
  const set = (patch: Partial<MessageDraft>) => onChange({ ...value, ...patch });
  const toggle = (c: string) => set({ channels: value.channels.includes(c) ? value.channels.filter((x) => x !== c) : [...value.channels, c] });
  return (
    <>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">{t("channel")}</legend>
        <div className="flex flex-wrap gap-4">
          {CHANNEL_KEYS.map((c) => (
            <label key={c} className="inline-flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" checked={value.channels.includes(c)} onChange={() => toggle(c)} /> {t(`channels.${c}`)}
            </label>
          ))}
        </div>
        {err("channels") && <p className="text-xs text-rose-700">{err("channels")}</p>}
        {(value.channels.includes("SMS") || value.channels.includes("PUSH")) && <p className="text-xs text-ink-muted">{t("quietHours")}</p>}
      </fieldset>
      <Field label={t("title")} error={err("title")}><input aria-label={t("title")} value={value.title} onChange={(e) => set({ title: e.target.value })} className={inputClass} maxLength={80} /></Field>
      <Field label={t("body")} error={err("body")}><textarea aria-label={t("body")} value={value.body} onChange={(e) => set({ body: e.target.value })} rows={4} className={inputClass} maxLength={2000} /></Field>
      {value.channels.includes("EMAIL") && (
        <Field label={t("html")} error={err("html")}><textarea aria-label={t("html")} value={value.html} onChange={(e) => set({ html: e.target.value })} rows={4} className={`${inputClass} font-mono text-xs`} placeholder="<h1>{{name}}</h1>" /></Field>
      )}
      <p className="text-xs text-ink-muted">{t("variables", { a: "{{name}}", b: "{{shop}}", c: "{{coupon}}" })}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("link")} error={err("link")}><input aria-label={t("link")} value={value.link} onChange={(e) => set({ link: e.target.value })} className={inputClass} placeholder="/coupons" /></Field>
        <Field label={t("coupon")} error={err("couponTemplateId")}><OptionSelect aria-label={t("coupon")} value={value.couponTemplateId} onChange={(e) => set({ couponTemplateId: e.target.value })} className={inputClass} options={templates} empty={t("noCoupon")} /></Field>
      </div>
    </>
  );
}

/** The message part of a request body. */
export const messageBody = (m: MessageDraft) => ({ channels: m.channels, title: m.title, body: m.body, html: m.channels.includes("EMAIL") && m.html.trim() ? m.html : undefined, link: m.link || undefined, couponTemplateId: m.couponTemplateId || undefined });
