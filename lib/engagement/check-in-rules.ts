// 签到 rules (SPEC §10): once per calendar day in the platform's zone; the streak counts days in a
// row and runs in cycles (day 1 … N, then day 1 again); each streak day has its reward.

export type CheckInReward = { points: number; couponTemplateId?: string | null };

/** The streak after checking in on `day`, given the last check-in (its day and streak). */
export function nextStreak(day: string, last: { day: string; streak: number } | null): number {
  if (!last) return 1;
  return last.day === previousDay(day) ? last.streak + 1 : 1;
}

/** The reward of a streak day: the cycle's day (1-based) picks the row. */
export function rewardFor(streak: number, rewards: CheckInReward[]): CheckInReward & { cycleDay: number } {
  const cycleDay = ((streak - 1) % rewards.length) + 1;
  return { ...rewards[cycleDay - 1], cycleDay };
}

/** "2026-03-01" → "2026-02-28": calendar arithmetic on the day string (no zone involved). */
export function previousDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d) - 86_400_000);
  return t.toISOString().slice(0, 10);
}
