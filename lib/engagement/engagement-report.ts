import { pgPool } from "@/lib/db/pg-pool";
import type { StaffActor } from "@/lib/auth/actor";
import { forbidden } from "@/lib/api/errors";
import { dayIn, fromZonedInput, PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { previousDay } from "./check-in-rules";

/**
 * 会员互动报表: per day (platform zone) over the last `days` — check-ins, points-mall exchanges,
 * lottery draws — and the points that came in and went out by reason over the same window.
 */
export async function engagementReport(actor: StaffActor, now = new Date(), days = 14) {
  if (actor.shopId) throw forbidden("Member engagement is the platform's");
  const last = dayIn(now, PLATFORM_TIME_ZONE);
  const dayList = [last];
  while (dayList.length < days) dayList.unshift(previousDay(dayList[0]));
  const since = new Date(fromZonedInput(`${dayList[0]}T00:00`, PLATFORM_TIME_ZONE)!);
  const tz = PLATFORM_TIME_ZONE;
  const pool = pgPool();
  const [series, points] = await Promise.all([
    pool.query<{ day: string; kind: string; n: number }>(
      `SELECT day, 'checkIns' AS kind, count(*)::int AS n FROM "CheckIn" WHERE day >= $1 GROUP BY 1
       UNION ALL SELECT day, 'draws', count(*)::int FROM "LotteryDraw" WHERE day >= $1 GROUP BY 1
       UNION ALL SELECT to_char(("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE $3, 'YYYY-MM-DD'), 'exchanges', count(*)::int FROM "PointsExchange" WHERE "createdAt" >= $2 GROUP BY 1`,
      [dayList[0], since, tz],
    ),
    pool.query<{ reason: string; earned: number; spent: number }>(
      `SELECT reason::text, coalesce(sum(amount) FILTER (WHERE amount > 0), 0)::int AS earned, coalesce(-sum(amount) FILTER (WHERE amount < 0), 0)::int AS spent FROM "PointsEntry" WHERE "createdAt" >= $1 GROUP BY 1 ORDER BY 1`,
      [since],
    ),
  ]);
  const at = new Map(series.rows.map((r) => [`${r.day}:${r.kind}`, r.n]));
  return {
    days: dayList.map((d) => ({ label: d.slice(5), checkIns: at.get(`${d}:checkIns`) ?? 0, exchanges: at.get(`${d}:exchanges`) ?? 0, draws: at.get(`${d}:draws`) ?? 0 })),
    points: points.rows,
  };
}
