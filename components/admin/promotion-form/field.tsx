"use client";
import { cloneElement, isValidElement, useId } from "react";
import { useLocale } from "next-intl";
import { localizeValidation } from "@/lib/i18n/validation-messages";

/**
 * A labelled form field with its error from the server or the form, shown beside it in the page's
 * language. The control is marked invalid and described by the error, so every invalid field is
 * announced and styled, not only the one the author remembered to mark.
 */
export function Field({ label, error, children, className = "" }: { label: string; error?: string; children: React.ReactNode; className?: string }) {
  const locale = useLocale();
  const errorId = useId();
  const control = error && isValidElement<Record<string, unknown>>(children) ? cloneElement(children, { "aria-invalid": true, "aria-describedby": errorId }) : children;
  return (
    <label className={`block text-sm ${className}`}>
      <span className="font-medium text-slate-700">{label}</span>
      <span className="mt-1 block">{control}</span>
      {error && (
        <span id={errorId} className="mt-1 block text-xs text-rose-700">
          {localizeValidation(error, locale)}
        </span>
      )}
    </label>
  );
}

export const inputClass = "block min-h-11 w-full rounded-lg border-0 px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500 aria-[invalid=true]:ring-2 aria-[invalid=true]:ring-rose-600";

/** After a refused submit: focus the first invalid control of `form` (it scrolls into view), else `fallback`. */
export function focusFirstInvalid(form: HTMLElement | null, fallback?: HTMLElement | null) {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  (first ?? fallback)?.focus();
}
