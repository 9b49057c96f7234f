"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { apiErrorText, errorText } from "@/lib/i18n/error-text";
import { localizeValidation } from "@/lib/i18n/validation-messages";

/**
 * The send-and-show-errors part of the admin forms that post JSON: field errors by path
 * (localized), the envelope's message, a note on success (its text may depend on the answer), and
 * a refresh of the page.
 */
export function useJsonSubmit() {
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function submit(url: string, method: string, body: unknown, okText: string | ((out: any) => string)): Promise<any> {
    setPending(true);
    try {
      const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const out = await res.json().catch(() => ({}));
      if (!res.ok) {
        setErrors(out.error?.fields ?? {});
        setNote({ ok: false, text: apiErrorText(te, out.error, locale) });
        return null;
      }
      setErrors({});
      setNote({ ok: true, text: typeof okText === "string" ? okText : okText(out) });
      router.refresh();
      return out;
    } catch {
      setNote({ ok: false, text: errorText(te, "UNAVAILABLE") });
      return null;
    } finally {
      setPending(false);
    }
  }
  const err = (path: string) => (errors[path] ? localizeValidation(errors[path], locale) : undefined);
  return { submit, err, errors, note, pending };
}
