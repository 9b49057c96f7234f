import { db } from "@/lib/db/client";
import { AppError, invalidField } from "@/lib/api/errors";
import { addPoints } from "@/lib/members/points-ledger";
import { dayIn, PLATFORM_TIME_ZONE } from "@/lib/time/zone";

// 任务中心 (SPEC §10): what counts is checked on the server when the reward is claimed; each task
// rewards once (period "once") or once a day (period = the day, platform zone) — the claim's
// primary key, so a double tap or concurrent claims give one reward.

export const TASKS = [
  { key: "PROFILE", period: "once", points: 50 },
  { key: "FIRST_ORDER", period: "once", points: 100 },
  { key: "VIEW_VENUE", period: "daily", points: 10 },
  { key: "SHARE_VENUE", period: "daily", points: 20 },
] as const;
export type TaskKey = (typeof TASKS)[number]["key"];
/** a venue counts as viewed when the page reported the view this long after it opened */
export const VIEW_SECONDS = 10;

async function progress(shopperId: string, day: string) {
  const [s, paid, events] = await Promise.all([
    db.shopper.findUniqueOrThrow({ where: { id: shopperId }, select: { email: true, birthday: true, region: true, name: true } }),
    db.order.count({ where: { shopperId, paidAt: { not: null }, status: { not: "CANCELLED" } } }),
    db.taskEvent.findMany({ where: { shopperId, day, kind: { in: ["VIEW", "SHARE"] } }, select: { kind: true } }),
  ]);
  const profile = [s.name, s.email, s.birthday, s.region].filter(Boolean).length;
  return {
    PROFILE: { done: profile === 4, progress: `${profile}/4` },
    FIRST_ORDER: { done: paid > 0, progress: `${Math.min(paid, 1)}/1` },
    VIEW_VENUE: { done: events.some((e) => e.kind === "VIEW"), progress: `${events.some((e) => e.kind === "VIEW") ? 1 : 0}/1` },
    SHARE_VENUE: { done: events.some((e) => e.kind === "SHARE"), progress: `${events.some((e) => e.kind === "SHARE") ? 1 : 0}/1` },
  } satisfies Record<TaskKey, { done: boolean; progress: string }>;
}

export async function tasksOf(shopperId: string, now = new Date()) {
  const day = dayIn(now, PLATFORM_TIME_ZONE);
  const [p, claims] = await Promise.all([progress(shopperId, day), db.taskClaim.findMany({ where: { shopperId, period: { in: ["once", day] } }, select: { task: true } })]);
  const claimed = new Set(claims.map((c) => c.task));
  return TASKS.map((t) => ({ ...t, ...p[t.key], claimed: claimed.has(t.key) }));
}

/** Claims a task's reward: done (checked now), not yet claimed in its period — one reward however many taps. */
export async function claimTask(shopperId: string, key: string, now = new Date()) {
  const task = TASKS.find((t) => t.key === key);
  if (!task) throw invalidField("task", `no such task (${TASKS.map((t) => t.key).join(", ")})`);
  const day = dayIn(now, PLATFORM_TIME_ZONE);
  const p = await progress(shopperId, day);
  if (!p[task.key].done) throw new AppError("INVALID_STATE", `The task is not done yet (${p[task.key].progress})`);
  const period = task.period === "once" ? "once" : day;
  return db.$transaction(async (tx) => {
    const made = await tx.taskClaim.createMany({ data: [{ shopperId, task: task.key, period, points: task.points }], skipDuplicates: true });
    if (!made.count) return { task: task.key, points: 0, already: true };
    await addPoints(tx, { shopperId, amount: task.points, reason: "TASK", sourceId: `${task.key}:${period}` });
    return { task: task.key, points: task.points, already: false };
  });
}

/**
 * What the venue page reports: VIEW_START when it opens, VIEW after 10 s (counted only if a start
 * of the same venue is at least 10 s older), SHARE when the shopper shares it. Once per venue per day.
 */
export async function recordTaskEvent(shopperId: string, kind: "VIEW_START" | "VIEW" | "SHARE", promotionId: string, now = new Date()) {
  const promo = await db.promotion.findUnique({ where: { id: promotionId }, select: { status: true } });
  if (!promo || !["ACTIVE", "SCHEDULED"].includes(promo.status)) throw invalidField("promotionId", "no such live venue");
  const day = dayIn(now, PLATFORM_TIME_ZONE);
  if (kind === "VIEW") {
    const start = await db.taskEvent.findUnique({ where: { shopperId_kind_subject_day: { shopperId, kind: "VIEW_START", subject: promotionId, day } } });
    if (!start || now.getTime() - start.createdAt.getTime() < VIEW_SECONDS * 1000 - 500) throw new AppError("INVALID_STATE", `A view counts after ${VIEW_SECONDS} seconds on the venue`);
  }
  await db.taskEvent.createMany({ data: [{ shopperId, kind, subject: promotionId, day, createdAt: now }], skipDuplicates: true });
  return { recorded: true };
}
