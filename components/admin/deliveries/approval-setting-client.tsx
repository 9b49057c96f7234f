"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

/** The shop's approval size: a delivery to more shoppers than this waits for an APPROVER. PATCH /api/admin/shops/{id}. */
export function ApprovalSettingClient({ shopId, current }: { shopId: string; current: number }) {
  const t = useTranslations("deliveries");
  const [value, setValue] = useState(String(current));
  const { submit, note } = useJsonSubmit();
  const save = () => {
    const n = Number(value);
    return submit(`/api/admin/shops/${shopId}`, "PATCH", { deliveryApprovalAbove: Number.isInteger(n) ? n : value }, t("approvalSaved", { n }));
  };
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
