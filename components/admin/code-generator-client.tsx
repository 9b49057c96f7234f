"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { JobProgressClient, startJob, type JobView } from "./job-progress-client";

/** Starts a bulk code job and shows its progress live until the CSV can be downloaded. */
export function CodeGeneratorClient({ templateId, max }: { templateId: string; max: number }) {
  const t = useTranslations("coupon");
  const [count, setCount] = useState("1000");
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shared, setShared] = useState("");
  const [sharedMessage, setSharedMessage] = useState<string | null>(null);
  async function createShared() {
    const r = await startJob(`/api/admin/coupon-templates/${templateId}/codes`, { code: shared }, 1);
    setSharedMessage(r.error ?? t("sharedCreated", { code: shared }));
  }
  async function start() {
    setError(null);
    const r = await startJob(`/api/admin/coupon-templates/${templateId}/codes`, { count: Number(count), singleUse: true }, Number(count));
    if (r.error) setError(r.error);
    if (r.job) setJob(r.job);
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="font-medium text-slate-700">{t("codeCount", { max })}</span>
          <input value={count} onChange={(e) => setCount(e.target.value)} inputMode="numeric" className="mt-1 block w-40 rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300" />
        </label>
        <button type="button" onClick={start} className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
          {t("generate")}
        </button>
      </div>
      {error && <p role="alert" className="text-sm text-rose-700">{error}</p>}
      {job && <JobProgressClient key={job.id} initial={job} />}
      <div className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3">
        <label className="text-sm">
          <span className="font-medium text-slate-700">{t("sharedCode")}</span>
          <input value={shared} onChange={(e) => setShared(e.target.value)} placeholder="DOUBLE11" className="mt-1 block w-40 rounded-lg border-0 px-3 py-2 text-sm uppercase ring-1 ring-slate-300" />
        </label>
        <button type="button" onClick={createShared} disabled={!shared} className="rounded-lg px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 disabled:opacity-50">
          {t("createShared")}
        </button>
        {sharedMessage && <p role="status" className="text-sm text-slate-600">{sharedMessage}</p>}
      </div>
    </div>
  );
}
