import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { dayIn, PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { getPage } from "./page-actions";

/**
 * An activity page's report: views in all, today, the last 7 days, and per day over the last
 * `days` days (platform zone; days without views are 0). Views are counted by the shopper's
 * browser once per page shown (POST /api/pages/{slug}/views). Staff see their own shop's pages.
 */
export async function pageReport(actor: StaffActor, id: string, now = new Date(), days = 30) {
  const page = await getPage(actor, id, now);
  const dayList = Array.from({ length: days }, (_, i) => dayIn(new Date(now.getTime() - (days - 1 - i) * 86_400_000), PLATFORM_TIME_ZONE));
  const [rows, all] = await Promise.all([
    db.activityPageView.findMany({ where: { pageId: id, day: { gte: dayList[0] } }, select: { day: true, views: true } }),
    db.activityPageView.aggregate({ where: { pageId: id }, _sum: { views: true } }),
  ]);
  const byDay = new Map(rows.map((r) => [r.day, r.views]));
  const series = dayList.map((day) => ({ day, views: byDay.get(day) ?? 0 }));
  return {
    page: { id: page.id, slug: page.slug, title: page.title, liveVersion: page.liveVersion },
    totalViews: all._sum.views ?? 0,
    today: series[series.length - 1].views,
    last7Days: series.slice(-7).reduce((a, d) => a + d.views, 0),
    series,
  };
}
