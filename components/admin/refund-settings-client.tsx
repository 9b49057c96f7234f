"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { formatYuan, parseYuan } from "@/lib/pricing/money";
import { apiErrorText } from "@/lib/i18n/error-text";
import { localizeValidation } from "@/lib/i18n/validation-messages";

/**
 * The shop's 小额自动退款 amount (SPEC §6): refunds below it are approved at once, the rest wait
 * for 售后审核. Saved with PATCH /api/admin/shops/{id}; the error, if any, shows beside the field.
 */
export function RefundSettingsClient({ shopId, current }: { shopId: string; current: number }) {
  const t = useTranslations("refundAdmin");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [value, setValue] = useState((current / 100).toFixed(2));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);
  async function save() {
    const cents = parseYuan(value);
    if (cents === null || cents < 0) return setError(localizeValidation("enter an amount in yuan, e.g. 12.30", locale));
    setPending(true);
    setError(null);
    try {
      const res = await fetch(`/api/admin/shops/${shopId}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ refundAutoApproveBelow: cents }) });
      const out = await res.json().catch(() => ({}));
      if (!res.ok) setError(apiErrorText(te, out.error, locale));
      else {
        setSaved(true);
        router.refresh();
      }
    } finally {
      setPending(false);
    }
  }
  return (
    <div className="mb-4 flex flex-wrap items-end gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" data-testid="refund-settings">
      <label className="text-sm">
        <span className="block font-medium text-slate-700">{t("autoApproveBelow")}</span>
        <input
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(false);
          }}
          inputMode="decimal"
          aria-invalid={!!error}
          aria-describedby="auto-approve-error"
          className="mt-1 block w-40 rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-rose-400"
        />
      </label>
      <button type="button" onClick={save} disabled={pending} className="min-h-11 rounded-lg bg-slate-900 px-4 text-sm font-medium text-white disabled:opacity-50">
        {t("saveSetting")}
      </button>
      <p id="auto-approve-error" role={error ? "alert" : "status"} className={`text-sm ${error ? "text-rose-700" : "text-emerald-700"}`}>
        {error ?? (saved ? t("savedSetting", { amount: formatYuan(parseYuan(value) ?? 0) }) : "")}
      </p>
    </div>
  );
}
