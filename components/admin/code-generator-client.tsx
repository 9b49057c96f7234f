"use client";
import { useCallback, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useIntent } from "@/components/ui/use-intent-client";
import { JobProgressClient, startJob, type JobView } from "./job-progress-client";

/**
 * Starts a bulk code job and shows its progress live until the CSV can be downloaded; the count
 * starts within what the template has left and is checked beside the field before anything is
 * sent. Both buttons are one intent per click (disabled while pending, one idempotency key), and
 * the page's code list refreshes when the job is done.
 */
export function CodeGeneratorClient({ templateId, max }: { templateId: string; max: number }) {
  const t = useTranslations("coupon");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [count, setCount] = useState(String(Math.max(0, Math.min(100, max))));
  const [job, setJob] = useState<JobView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shared, setShared] = useState("");
  const [sharedMessage, setSharedMessage] = useState<string | null>(null);
  const batch = useIntent();
  const single = useIntent();
  const n = Number(count);
  const countError = !/^\d+$/.test(count.trim()) || n < 1 ? t("codeCountInvalid") : n > max ? t("codeCountTooMany", { max }) : null;
  const refresh = useCallback(() => router.refresh(), [router]);
  async function createShared() {
    const r = await single.run((idempotencyKey) => startJob(`/api/admin/coupon-templates/${templateId}/codes`, { code: shared }, 1, { idempotencyKey, te, locale }));
    if (!r) return;
    setSharedMessage(r.error ?? t("sharedCreated", { code: shared.toUpperCase() }));
    if (r.ok) router.refresh();
  }
  async function start() {
    if (countError) return;
    setError(null);
    const r = await batch.run((idempotencyKey) => startJob(`/api/admin/coupon-templates/${templateId}/codes`, { count: n, singleUse: true }, n, { idempotencyKey, te, locale }));
    if (!r) return;
    if (r.error) setError(r.error);
    if (r.job) setJob(r.job);
  }
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          <span className="font-medium text-slate-700">{t("codeCount", { max })}</span>
          <input
            value={count}
            onChange={(e) => {
              setCount(e.target.value);
              batch.reset();
            }}
            inputMode="numeric"
            aria-invalid={!!countError}
            aria-describedby="code-count-error"
            className="mt-1 block w-40 rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-rose-400"
          />
        </label>
        <button type="button" onClick={start} disabled={batch.pending || !!countError} className="min-h-11 rounded-lg bg-brand-600 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
          {batch.pending ? t("starting") : t("generate")}
        </button>
      </div>
      {countError && (
        <p id="code-count-error" className="text-sm text-rose-700">
          {countError}
        </p>
      )}
      {error && <p role="alert" className="text-sm text-rose-700">{error}</p>}
      {job && <JobProgressClient key={job.id} initial={job} onDone={refresh} />}
      <div className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3">
        <label className="text-sm">
          <span className="font-medium text-slate-700">{t("sharedCode")}</span>
          <input
            value={shared}
            onChange={(e) => {
              setShared(e.target.value);
              single.reset();
            }}
            placeholder="DOUBLE11"
            className="mt-1 block w-40 rounded-lg border-0 px-3 py-2 text-sm uppercase ring-1 ring-slate-300"
          />
        </label>
        <button type="button" onClick={createShared} disabled={!shared || single.pending} className="min-h-11 rounded-lg px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 disabled:opacity-50">
          {t("createShared")}
        </button>
        {sharedMessage && <p role="status" className="text-sm text-slate-600">{sharedMessage}</p>}
      </div>
    </div>
  );
}
