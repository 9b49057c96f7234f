"use client";
import { useLocale } from "next-intl";
import { localizeValidation } from "@/lib/i18n/validation-messages";

/** A labelled form field with its error from the server or the form, shown beside it in the page's language. */
export function Field({ label, error, children, className = "" }: { label: string; error?: string; children: React.ReactNode; className?: string }) {
  const locale = useLocale();
  return (
    <label className={`block text-sm ${className}`}>
      <span className="font-medium text-slate-700">{label}</span>
      <span className="mt-1 block">{children}</span>
      {error && (
        <span role="alert" className="mt-1 block text-xs text-rose-600">
          {localizeValidation(error, locale)}
        </span>
      )}
    </label>
  );
}

export const inputClass = "block w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 aria-[invalid=true]:ring-rose-400";
