import { z } from "zod";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { AppError, forbidden, invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { issueCoupons } from "@/lib/coupons/issue-coupon";
import { addPoints } from "@/lib/members/points-ledger";
import { dayIn, PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { nextStreak, rewardFor, type CheckInReward } from "./check-in-rules";

/** The default week: 5, 5, 10, 10, 15, 15, 30 points (a coupon on day 7 when configured). */
export const DEFAULT_REWARDS: CheckInReward[] = [5, 5, 10, 10, 15, 15, 30].map((points) => ({ points, couponTemplateId: null }));

export const checkInConfigBodySchema = z.object({
  active: z.boolean(),
  rewards: z
    .array(z.object({ points: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(100_000, "at most 100,000"), couponTemplateId: z.string().trim().min(1).max(100).nullish() }))
    .min(1, "at least one day")
    .max(31, "at most 31 days"),
});

export async function checkInConfig() {
  const row = await db.checkInConfig.findUnique({ where: { id: "platform" } });
  return { active: row?.active ?? true, rewards: ((row?.rewards as CheckInReward[] | undefined) ?? DEFAULT_REWARDS) as CheckInReward[] };
}

export async function saveCheckInConfig(actor: StaffActor, body: z.infer<typeof checkInConfigBodySchema>) {
  if (actor.shopId) throw forbidden("Check-in is the platform's");
  for (const [i, r] of body.rewards.entries())
    if (r.couponTemplateId && !(await db.couponTemplate.findFirst({ where: { id: r.couponTemplateId, shopId: null } }))) throw invalidField(`rewards.${i}.couponTemplateId`, "no such platform coupon template");
  return db.$transaction(async (tx) => {
    const after = await tx.checkInConfig.upsert({ where: { id: "platform" }, create: { id: "platform", active: body.active, rewards: body.rewards }, update: { active: body.active, rewards: body.rewards } });
    await recordAudit(tx, actor, { action: "check-in.config", entity: "check-in-config", entityId: "platform", shopId: null, after });
    return after;
  });
}

/**
 * 签到: once per calendar day in the platform's zone. The check-in row's primary key (shopper,
 * day) makes a double tap or 20 concurrent requests one check-in: the first inserts, the others
 * answer it. The streak continues from yesterday's row; the reward is the streak's cycle day —
 * points (ledger CHECK_IN/<day>) and, when configured, a coupon (request key checkin:<shopper>:<day>).
 * `day`, when sent, must be today: a request made yesterday and retried today is refused.
 */
export async function checkIn(shopperId: string, now = new Date(), requestedDay?: string) {
  const today = dayIn(now, PLATFORM_TIME_ZONE);
  if (requestedDay && requestedDay !== today) throw invalidField("day", `is not today (${today}, ${PLATFORM_TIME_ZONE})`);
  const config = await checkInConfig();
  if (!config.active) throw new AppError("INVALID_STATE", "Check-in is closed at the moment");
  return db.$transaction(async (tx) => {
    const last = await tx.checkIn.findFirst({ where: { shopperId, day: { lt: today } }, orderBy: { day: "desc" } });
    const streak = nextStreak(today, last);
    const reward = rewardFor(streak, config.rewards);
    const made = await tx.checkIn.createMany({ data: [{ shopperId, day: today, streak, points: reward.points }], skipDuplicates: true });
    if (made.count === 0) {
      const mine = await tx.checkIn.findUniqueOrThrow({ where: { shopperId_day: { shopperId, day: today } } });
      return { day: today, streak: mine.streak, points: mine.points, coupon: mine.couponId !== null, already: true };
    }
    await addPoints(tx, { shopperId, amount: reward.points, reason: "CHECK_IN", sourceId: today });
    let couponId: string | null = null;
    const template = reward.couponTemplateId ? await tx.couponTemplate.findUnique({ where: { id: reward.couponTemplateId } }) : null;
    if (template?.active) {
      couponId = (await issueCoupons(tx, template, [shopperId], now, { requestKey: () => `checkin:${shopperId}:${today}` }).catch(() => [null]))[0];
      if (couponId) await tx.checkIn.update({ where: { shopperId_day: { shopperId, day: today } }, data: { couponId } });
    }
    return { day: today, streak, points: reward.points, coupon: couponId !== null, already: false };
  });
}

/** The check-in page: this month's days checked in, the streak, today's reward and the cycle. */
export async function checkInStatus(shopperId: string, now = new Date()) {
  const today = dayIn(now, PLATFORM_TIME_ZONE);
  const month = today.slice(0, 7);
  const config = await checkInConfig();
  const rows = await db.checkIn.findMany({ where: { shopperId, day: { gte: `${month}-01`, lte: `${month}-31` } }, orderBy: { day: "asc" } });
  const last = await db.checkIn.findFirst({ where: { shopperId }, orderBy: { day: "desc" } });
  const checkedToday = last?.day === today;
  const streakNow = last ? (checkedToday ? last.streak : nextStreak(today, last) - 1) : 0;
  // the next check-in (tomorrow's if today's is done) continues the streak
  const next = rewardFor(streakNow + 1, config.rewards);
  return { today, month, days: rows.map((r) => ({ day: r.day, streak: r.streak, points: r.points })), streak: streakNow, checkedToday, nextReward: next, rewards: config.rewards, active: config.active };
}
