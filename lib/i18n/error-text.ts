import { ERROR_CODES } from "@/lib/api/errors";
import { localizeValidation } from "./validation-messages";

type Translate = (key: string) => string;

/** An error code in the page's language (the `errors` messages); unknown codes read as INTERNAL. */
export function errorText(t: Translate, code: string | undefined | null): string {
  return t(code && code in ERROR_CODES ? code : "INTERNAL");
}

/** An API error envelope in the page's language: its field messages (translated, joined), else its code's text. */
export function apiErrorText(t: Translate, error: { code?: string; fields?: Record<string, string> } | undefined, locale: string): string {
  return error?.fields ? Object.values(error.fields).map((m) => localizeValidation(String(m), locale)).join("；") : errorText(t, error?.code);
}
