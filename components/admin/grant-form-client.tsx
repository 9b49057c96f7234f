"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { OptionSelect } from "@/components/ui/option-select";
import { useIntent } from "@/components/ui/use-intent-client";
import { apiErrorText, errorText } from "@/lib/i18n/error-text";
import { JobProgressClient, startJob, type JobView } from "./job-progress-client";

type Option = { id: string; label: string };

/**
 * Grant coupons to one chosen shopper at once, or to a whole segment as a background job. Each
 * button is one intent: disabled while it is being sent, and carrying an idempotency key the
 * server keeps unique — a double click is one grant, one job (issue 11 #8).
 */
export function GrantFormClient({ templateId, shoppers, segments }: { templateId: string; shoppers: Option[]; segments: Option[] }) {
  const t = useTranslations("coupon");
  const te = useTranslations("errors");
  const locale = useLocale();
  const [shopperId, setShopperId] = useState(shoppers[0]?.id ?? "");
  const [segmentId, setSegmentId] = useState(segments[0]?.id ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const [job, setJob] = useState<JobView | null>(null);
  const one = useIntent();
  const many = useIntent();
  const field = "rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300";
  async function grantOne() {
    await one.run(async (idempotencyKey) => {
      try {
        const res = await fetch(`/api/admin/coupon-templates/${templateId}/grant`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ userIds: [shopperId], idempotencyKey }) });
        const out = await res.json().catch(() => ({}));
        setMessage(res.ok ? t("granted", { count: out.granted }) : apiErrorText(te, out.error, locale));
        return { ok: res.ok };
      } catch {
        setMessage(errorText(te, "UNAVAILABLE"));
        return { ok: false };
      }
    });
  }
  async function grantSegment() {
    const r = await many.run((idempotencyKey) => startJob(`/api/admin/coupon-templates/${templateId}/grant`, { segmentId }, 0, { idempotencyKey, te, locale }));
    if (!r) return;
    setMessage(r.error ?? null);
    if (r.job) setJob(r.job);
  }
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium text-slate-700">{t("grantShopper")}</span>
          <OptionSelect
            value={shopperId}
            onChange={(e) => {
              setShopperId(e.target.value);
              one.reset();
            }}
            options={shoppers}
            className={`mt-1 ${field}`}
          />
        </label>
        <button type="button" onClick={grantOne} disabled={!shopperId || one.pending} className="min-h-11 rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
          {one.pending ? t("starting") : t("grant")}
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium text-slate-700">{t("grantSegment")}</span>
          <OptionSelect
            value={segmentId}
            onChange={(e) => {
              setSegmentId(e.target.value);
              many.reset();
            }}
            options={segments}
            className={`mt-1 ${field}`}
          />
        </label>
        <button type="button" onClick={grantSegment} disabled={!segmentId || many.pending} className="min-h-11 rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
          {many.pending ? t("starting") : t("grant")}
        </button>
      </div>
      {message && <p role="status" className="text-sm text-slate-600 md:col-span-2">{message}</p>}
      {job && (
        <div className="md:col-span-2">
          <JobProgressClient key={job.id} initial={job} />
        </div>
      )}
    </div>
  );
}
