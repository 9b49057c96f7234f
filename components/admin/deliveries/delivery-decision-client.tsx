"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { apiErrorText, errorText } from "@/lib/i18n/error-text";

/** 审核 a large delivery: approve or reject with a note. The server makes one decision however many clicks. */
export function DeliveryDecisionClient({ deliveryId }: { deliveryId: string }) {
  const t = useTranslations("deliveries");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function decide(decision: "approve" | "reject") {
    setPending(true);
    setError(null);
    try {
      const res = await fetch(`/api/admin/deliveries/${deliveryId}/${decision}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ note: note || undefined }) });
      const out = await res.json().catch(() => ({}));
      if (!res.ok) setError(apiErrorText(te, out.error, locale));
      else router.refresh();
    } catch {
      setError(errorText(te, "UNAVAILABLE"));
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="delivery-decision">
      <label className="text-sm">
        <span className="block text-slate-700">{t("decisionNote")}</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} className="mt-1 w-64 rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300" />
      </label>
      <button type="button" disabled={pending} onClick={() => decide("approve")} className="min-h-11 rounded-lg bg-emerald-600 px-4 text-sm font-medium text-white hover:bg-emerald-700 disabled:opacity-50">{t("approve")}</button>
      <button type="button" disabled={pending} onClick={() => decide("reject")} className="min-h-11 rounded-lg px-4 text-sm font-medium text-rose-700 ring-1 ring-rose-300 hover:bg-rose-50 disabled:opacity-50">{t("reject")}</button>
      {error && <p role="alert" className="w-full text-sm text-rose-700">{error}</p>}
    </div>
  );
}
