"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { apiErrorText } from "@/lib/i18n/error-text";

/** 暂停 / 恢复 an automation. */
export function AutomationToggleClient({ id, status }: { id: string; status: string }) {
  const t = useTranslations("automations");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    setPending(true);
    const res = await fetch(`/api/admin/automations/${id}/${status === "ACTIVE" ? "pause" : "resume"}`, { method: "POST" });
    const out = await res.json().catch(() => ({}));
    setPending(false);
    if (!res.ok) return setError(apiErrorText(te, out.error, locale));
    router.refresh();
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" disabled={pending} onClick={toggle} className="min-h-11 rounded-lg px-4 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50">
        {status === "ACTIVE" ? t("pause") : t("resume")}
      </button>
      {error && <span role="alert" className="text-sm text-rose-700">{error}</span>}
    </span>
  );
}
