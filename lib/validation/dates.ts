import { z } from "zod";

// Strict ISO 8601 instants (API.md: "ISO 8601 with an offset"): a real calendar date (2026-02-30
// is refused, not rolled over to March), a time, and `Z` or an offset; years 1970–9999. No
// booleans or numbers coerced into 1970.
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isRealDate(y: number, m: number, d: number) {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

export function parseIsoInstant(raw: string): Date | null {
  // a bare date is the start of that day in the platform's time zone (Asia/Shanghai, UTC+8, no DST)
  const s = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00+08:00` : raw;
  const m = ISO.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number);
  if (y < 1970 || !isRealDate(y, mo, d) || h > 23 || mi > 59 || sec > 59) return null;
  const off = m[8];
  if (off !== "Z") {
    const oh = Number(off.slice(1, 3));
    const om = Number(off.slice(-2));
    if (oh > 14 || om > 59) return null;
  }
  const t = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(t) ? null : new Date(t);
}

const MESSAGE = "must be a real ISO 8601 date-time with an offset, e.g. 2026-11-11T00:00:00+08:00";

/**
 * An instant as ISO 8601 with `Z` or an offset → Date. Domain code that re-validates stored
 * rows may pass Date objects (JSON never carries one); booleans and numbers are refused.
 */
export const isoDateTimeSchema = z.union(
  [
    z.date().refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1970 && d.getUTCFullYear() <= 9999, MESSAGE),
    z.string().transform((s, ctx) => {
      const d = parseIsoInstant(s);
      if (!d) {
        ctx.addIssue({ code: "custom", message: MESSAGE });
        return z.NEVER;
      }
      return d;
    }),
  ],
  { error: MESSAGE },
);

/** A calendar date YYYY-MM-DD (birthdays), checked to exist. */
export const isoDateSchema = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return Boolean(m) && Number(m![1]) >= 1900 && Number(m![1]) <= 2999 && isRealDate(Number(m![1]), Number(m![2]), Number(m![3]));
}, "must be a real date YYYY-MM-DD");
