import { TZDate } from "@date-fns/tz";

// Quiet hours (SPEC §9): no SMS or push between 22:00 and 08:00 in the sending shop's time zone
// (the platform's for platform deliveries). Inbox and email are read when the shopper chooses.

export const QUIET_FROM_HOUR = 22;
export const QUIET_TO_HOUR = 8;
export const QUIET_CHANNELS = new Set(["SMS", "PUSH"]);

/** When quiet hours end, if `now` is inside them in `tz`; null outside them. */
export function quietUntil(now: Date, tz: string): Date | null {
  const local = new TZDate(now.getTime(), tz);
  const h = local.getHours();
  if (h >= QUIET_TO_HOUR && h < QUIET_FROM_HOUR) return null;
  const end = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + (h >= QUIET_FROM_HOUR ? 1 : 0), QUIET_TO_HOUR, 0, 0, tz);
  return new Date(end.getTime());
}
