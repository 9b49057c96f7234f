"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { decideRefundAction } from "@/lib/orders/refund-actions";
import { localizeValidation } from "@/lib/i18n/validation-messages";
import { useLocale } from "next-intl";

/** 同意退款 / 拒绝 (with a reason) for a pending refund; buttons are disabled while one is on its way. */
export function RefundDecisionClient({ refundId }: { refundId: string }) {
  const t = useTranslations("refundAdmin");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const decide = (decision: "approve" | "reject") =>
    start(async () => {
      setError(null);
      const r = await decideRefundAction(decision, { refundId, reason });
      if (r.ok) return router.refresh();
      setError(r.fields?.reason ? localizeValidation(r.fields.reason, locale) : te(r.code));
    });
  return (
    <div className="space-y-2" data-testid={`refund-decision-${refundId}`}>
      {!rejecting ? (
        <div className="flex flex-wrap gap-2">
          <button type="button" disabled={pending} onClick={() => decide("approve")} className="min-h-11 rounded-lg bg-emerald-600 px-4 text-sm font-medium text-white hover:bg-emerald-700 disabled:opacity-50">
            {t("approve")}
          </button>
          <button type="button" disabled={pending} onClick={() => setRejecting(true)} className="min-h-11 rounded-lg px-4 text-sm font-medium text-rose-700 ring-1 ring-rose-300 hover:bg-rose-50 disabled:opacity-50">
            {t("reject")}
          </button>
        </div>
      ) : (
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            <span className="block text-slate-700">{t("rejectReason")}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} aria-invalid={Boolean(error)} className="mt-1 w-64 rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300" />
          </label>
          <button type="button" disabled={pending} onClick={() => decide("reject")} className="min-h-11 rounded-lg bg-rose-600 px-4 text-sm font-medium text-white disabled:opacity-50">
            {t("confirmReject")}
          </button>
          <button type="button" onClick={() => setRejecting(false)} className="min-h-11 px-2 text-sm text-ink-muted">
            {t("cancel")}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      )}
    </div>
  );
}
