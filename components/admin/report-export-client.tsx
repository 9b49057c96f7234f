"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { JobProgressClient, startJob, type JobView } from "./job-progress-client";

/** 导出 CSV: starts the export job and follows its progress to the download link. */
export function ReportExportClient({ promotionId, total }: { promotionId: string; total: number }) {
  const t = useTranslations("report");
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        onClick={async () => {
          const r = await startJob(`/api/admin/promotions/${promotionId}/report/export`, {}, total);
          setError(r.error ?? null);
          if (r.job) setJob(r.job);
        }}
        className="rounded-lg px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
        data-testid="report-export"
      >
        {t("export")}
      </button>
      {error && <p className="text-sm text-rose-700">{error}</p>}
      {job && <JobProgressClient key={job.id} initial={job} />}
    </div>
  );
}
