"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { OptionSelect } from "@/components/ui/option-select";
import { JobProgressClient, startJob, type JobView } from "./job-progress-client";

type Option = { id: string; label: string };

/** Grant coupons to one chosen shopper at once, or to a whole segment as a background job. */
export function GrantFormClient({ templateId, shoppers, segments }: { templateId: string; shoppers: Option[]; segments: Option[] }) {
  const t = useTranslations("coupon");
  const [shopperId, setShopperId] = useState(shoppers[0]?.id ?? "");
  const [segmentId, setSegmentId] = useState(segments[0]?.id ?? "");
  const [message, setMessage] = useState<string | null>(null);
  const [job, setJob] = useState<JobView | null>(null);
  const field = "rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300";
  async function grantOne() {
    const res = await fetch(`/api/admin/coupon-templates/${templateId}/grant`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ userIds: [shopperId] }) });
    const out = await res.json();
    setMessage(res.ok ? t("granted", { count: out.granted }) : out.error?.message);
  }
  async function grantSegment() {
    const r = await startJob(`/api/admin/coupon-templates/${templateId}/grant`, { segmentId }, 0);
    setMessage(r.error ?? null);
    if (r.job) setJob(r.job);
  }
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium text-slate-700">{t("grantShopper")}</span>
          <OptionSelect value={shopperId} onChange={(e) => setShopperId(e.target.value)} options={shoppers} className={`mt-1 ${field}`} />
        </label>
        <button type="button" onClick={grantOne} className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white">
          {t("grant")}
        </button>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium text-slate-700">{t("grantSegment")}</span>
          <OptionSelect value={segmentId} onChange={(e) => setSegmentId(e.target.value)} options={segments} className={`mt-1 ${field}`} />
        </label>
        <button type="button" onClick={grantSegment} disabled={!segmentId} className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
          {t("grant")}
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
