"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { apiErrorText } from "@/lib/i18n/error-text";

/** The shop's approval size: a delivery to more shoppers than this waits for an APPROVER. PATCH /api/admin/shops/{id}. */
export function ApprovalSettingClient({ shopId, current }: { shopId: string; current: number }) {
  const t = useTranslations("deliveries");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [value, setValue] = useState(String(current));
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  async function save() {
    const n = Number(value);
    const res = await fetch(`/api/admin/shops/${shopId}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ deliveryApprovalAbove: Number.isInteger(n) ? n : value }) });
    const out = await res.json().catch(() => ({}));
    if (!res.ok) return setNote({ ok: false, text: apiErrorText(te, out.error, locale) });
    setNote({ ok: true, text: t("approvalSaved", { n }) });
    router.refresh();
  }
  return (
    <div className="mb-4 flex flex-wrap items-end gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="approval-setting">
      <label className="text-sm">
        <span className="block font-medium text-slate-700">{t("approvalAbove")}</span>
        <input value={value} onChange={(e) => setValue(e.target.value)} inputMode="numeric" className="mt-1 block w-40 rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300" />
      </label>
      <button type="button" onClick={save} className="min-h-11 rounded-lg bg-slate-900 px-4 text-sm font-medium text-white">{t("saveSetting")}</button>
      {note && <p role={note.ok ? "status" : "alert"} className={`text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
    </div>
  );
}
