"use client";
import { useTranslations } from "next-intl";

/**
 * What a page shows when something it needs is away (the database restarting, Redis failing
 * over): a plain, friendly notice and a retry, never a stack trace.
 */
export function ErrorNoticeClient({ reset }: { reset: () => void }) {
  const t = useTranslations("common");
  return (
    <div role="alert" className="mx-auto mt-10 max-w-md rounded-2xl bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
      <p className="text-lg font-semibold text-slate-900">{t("busyTitle")}</p>
      <p className="mt-2 text-sm text-slate-600">{t("busyBody")}</p>
      <button type="button" onClick={reset} className="mt-4 min-h-11 rounded-lg bg-brand-600 px-5 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("retry")}
      </button>
    </div>
  );
}
