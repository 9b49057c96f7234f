import { TZDate, tzOffset } from "@date-fns/tz";

// Time zones (SPEC §3 "Time zone"): the platform and each shop have one (default Asia/Shanghai).
// Admin forms take and show wall-clock times in it, labelled; the API takes ISO 8601 with an
// offset and answers in UTC. These helpers never read the browser's or the server's own zone, so
// opening a form and saving it unchanged gives back the same instant wherever it is rendered.

export const PLATFORM_TIME_ZONE = "Asia/Shanghai";

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, "0");

/** Whether a string names a time zone this runtime knows (IANA). */
export function isTimeZone(tz: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** An instant as the value of a datetime-local input in `tz`: "YYYY-MM-DDTHH:mm". */
export function toZonedInput(at: Date | string, tz: string): string {
  const d = new TZDate(new Date(at).getTime(), tz);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The wall-clock time in `tz` as shown in text: "2026-11-11 20:00". */
export const zonedText = (at: Date | string, tz: string) => toZonedInput(at, tz).replace("T", " ");

/** "+08:00" for an offset in minutes. */
export function offsetText(minutes: number) {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/**
 * A datetime-local value read as wall-clock time in `tz` → ISO 8601 with that zone's offset at that
 * moment ("2026-12-01T10:00:00+08:00"), or null when it is not a real date and time.
 */
export function fromZonedInput(value: string, tz: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  const at = new TZDate(y, mo - 1, d, h, mi, s || 0, tz);
  if (Number.isNaN(at.getTime()) || at.getFullYear() !== y || at.getMonth() !== mo - 1 || at.getDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}T${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}${offsetText(tzOffset(tz, at))}`;
}

/** The label beside a form's times: "Asia/Shanghai (UTC+08:00)". */
export function zoneLabel(tz: string, at: Date = new Date()) {
  return `${tz} (UTC${offsetText(tzOffset(tz, at))})`;
}

/** The calendar day ("YYYY-MM-DD") an instant falls on in `tz` — "a day" for daily limits and check-ins. */
export function dayIn(at: Date, tz: string) {
  return toZonedInput(at, tz).slice(0, 10);
}
