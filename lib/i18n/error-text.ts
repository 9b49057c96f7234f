import { ERROR_CODES } from "@/lib/api/errors";

type Translate = (key: string) => string;

/** An error code in the page's language (the `errors` messages); unknown codes read as INTERNAL. */
export function errorText(t: Translate, code: string | undefined | null): string {
  return t(code && code in ERROR_CODES ? code : "INTERNAL");
}
