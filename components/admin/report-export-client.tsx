"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useIntent } from "@/components/ui/use-intent-client";
import { JobProgressClient, startJob, type JobView } from "./job-progress-client";

/** 导出 CSV: starts the export job (one per click, keyed) and follows its progress to the download link. */
export function ReportExportClient({ promotionId, total }: { promotionId: string; total: number }) {
  const t = useTranslations("report");
  const te = useTranslations("errors");
  const locale = useLocale();
  const intent = useIntent();
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={intent.pending}
        onClick={async () => {
          const r = await intent.run((idempotencyKey) => startJob(`/api/admin/promotions/${promotionId}/report/export`, {}, total, { idempotencyKey, te, locale }));
          if (!r) return;
          setError(r.error ?? null);
          if (r.job) setJob(r.job);
        }}
        className="min-h-11 rounded-lg px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50"
        data-testid="report-export"
      >
        {t("export")}
      </button>
      {error && (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
      {job && <JobProgressClient key={job.id} initial={job} />}
    </div>
  );
}
