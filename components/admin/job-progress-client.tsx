"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { apiErrorText, errorText } from "@/lib/i18n/error-text";

export type JobView = { id: string; status: string; progress: number; processed: number; total: number; resultUrl: string | null; error: string | null };

/**
 * Follows a background job (polling /api/admin/jobs/{id}) with a progress bar and its result file.
 * A poll the server refuses (403/404/5xx) stops the polling and says why in the page's language —
 * a job is never left spinning at 排队中; `onDone` lets the page refresh what the job made.
 */
export function JobProgressClient({ initial, onDone }: { initial: JobView; onDone?: (job: JobView) => void }) {
  const t = useTranslations("coupon");
  const te = useTranslations("errors");
  const [job, setJob] = useState(initial);
  const [pollError, setPollError] = useState<string | null>(null);
  const done = useRef(false);
  useEffect(() => {
    if (job.status === "DONE" || job.status === "FAILED") {
      if (!done.current) {
        done.current = true;
        onDone?.(job);
      }
      return;
    }
    if (pollError) return;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/admin/jobs/${job.id}`);
        if (res.ok) setJob(await res.json());
        else setPollError(errorText(te, (await res.json().catch(() => null))?.error?.code));
      } catch {
        setPollError(errorText(te, "UNAVAILABLE"));
      }
    }, 500);
    return () => clearTimeout(timer);
  }, [job, pollError, onDone, te]);
  return (
    <div className="rounded-lg bg-slate-50 p-3" data-testid="code-job">
      <div className="mb-1 flex justify-between text-sm">
        <span>{t(`job.${job.status}`)}</span>
        <span className="tabular-nums">
          {job.processed.toLocaleString()} / {job.total.toLocaleString()}
        </span>
      </div>
      <div className="h-2 overflow-hidden rounded-full bg-slate-200" role="progressbar" aria-valuenow={job.progress} aria-valuemin={0} aria-valuemax={100} aria-label={t(`job.${job.status}`)}>
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${job.progress}%` }} />
      </div>
      {job.resultUrl && (
        <a href={job.resultUrl} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline" download>
          {t("downloadCsv")}
        </a>
      )}
      {(job.error || pollError) && (
        <p role="alert" className="mt-1 text-sm text-rose-700">
          {pollError ?? job.error}
        </p>
      )}
    </div>
  );
}

type Translate = (key: string) => string;
export type StartResult = { ok: boolean; job?: JobView; error?: string };

/**
 * Starts a job with a POST carrying the intent's idempotency key and hands back the first view of
 * it, or the error in the page's language (field messages translated, codes from `errors`).
 */
export async function startJob(url: string, body: Record<string, unknown>, total: number, opts: { idempotencyKey: string; te: Translate; locale: string }): Promise<StartResult> {
  let res: Response;
  try {
    res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ...body, idempotencyKey: opts.idempotencyKey }) });
  } catch {
    return { ok: false, error: errorText(opts.te, "UNAVAILABLE") };
  }
  const out = await res.json().catch(() => ({}));
  if (!res.ok) {
    return { ok: false, error: apiErrorText(opts.te, out.error, opts.locale) };
  }
  return { ok: true, job: { id: out.jobId, status: out.status ?? "QUEUED", progress: 0, processed: 0, total, resultUrl: null, error: null } };
}
