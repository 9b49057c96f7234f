"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";

export type JobView = { id: string; status: string; progress: number; processed: number; total: number; resultUrl: string | null; error: string | null };

/** Follows a background job (polling /api/admin/jobs/{id}) with a progress bar and its result file. */
export function JobProgressClient({ initial }: { initial: JobView }) {
  const t = useTranslations("coupon");
  const [job, setJob] = useState(initial);
  useEffect(() => {
    if (job.status === "DONE" || job.status === "FAILED") return;
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/admin/jobs/${job.id}`);
      if (res.ok) setJob(await res.json());
    }, 500);
    return () => clearTimeout(timer);
  }, [job]);
  return (
    <div className="rounded-lg bg-slate-50 p-3" data-testid="code-job">
      <div className="mb-1 flex justify-between text-sm">
        <span>{t(`job.${job.status}`)}</span>
        <span className="tabular-nums">
          {job.processed.toLocaleString()} / {job.total.toLocaleString()}
        </span>
      </div>
      <div className="h-2 overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-valuenow={job.progress} aria-valuemin={0} aria-valuemax={100}>
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${job.progress}%` }} />
      </div>
      {job.resultUrl && (
        <a href={job.resultUrl} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline" download>
          {t("downloadCsv")}
        </a>
      )}
      {job.error && <p className="mt-1 text-sm text-rose-700">{job.error}</p>}
    </div>
  );
}

/** Starts a job with a POST and hands back the first view of it (or the error to show). */
export async function startJob(url: string, body: unknown, total: number): Promise<{ job?: JobView; error?: string }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const out = await res.json();
  if (!res.ok) return { error: out.error?.fields ? Object.values(out.error.fields).join(", ") : out.error?.message };
  return { job: { id: out.jobId, status: "QUEUED", progress: 0, processed: 0, total, resultUrl: null, error: null } };
}
