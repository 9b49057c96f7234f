import { randomInt } from "node:crypto";
import { z } from "zod";
import { wholeNumber } from "@/lib/validation/numbers";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import type { StaffActor } from "@/lib/auth/actor";
import { AppError, forbidden, invalidField, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { issueCoupons } from "@/lib/coupons/issue-coupon";
import { addPoints } from "@/lib/members/points-ledger";
import { isUniqueViolation } from "@/lib/jobs/job-once";
import { isoDateTimeSchema } from "@/lib/validation/dates";
import { dayIn, PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { drawOrder } from "./lottery-pick";

// 大转盘 (SPEC §10).


const prizeSchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(60, "at most 60 characters"),
    kind: z.enum(["COUPON", "POINTS", "GOODS", "THANKS"], { error: "COUPON, POINTS, GOODS or THANKS" }),
    weight: wholeNumber(1, 1_000_000),
    stock: wholeNumber(1, 10_000_000).optional(),
    couponTemplateId: z.string().trim().min(1).max(100).optional(),
    points: wholeNumber(0, 1_000_000).default(0),
    /** cents a win costs the budget */
    value: wholeNumber(0, 100_000_000).default(0),
  })
  .superRefine((p, ctx) => {
    if (p.kind === "COUPON" && !p.couponTemplateId) ctx.addIssue({ code: "custom", path: ["couponTemplateId"], message: "a coupon prize names its coupon template" });
    if (p.kind === "POINTS" && p.points < 1) ctx.addIssue({ code: "custom", path: ["points"], message: "a points prize gives at least 1 point" });
    if (p.kind !== "THANKS" && p.stock === undefined) ctx.addIssue({ code: "custom", path: ["stock"], message: "a prize needs its stock" });
  });

export const lotteryBodySchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(80, "at most 80 characters"),
    nameEn: z.string().trim().max(80, "at most 80 characters").optional(),
    startsAt: isoDateTimeSchema,
    endsAt: isoDateTimeSchema,
    costPoints: wholeNumber(0, 1_000_000),
    freePerDay: wholeNumber(0, 100),
    budget: wholeNumber(0, 1_000_000_000),
    prizes: z.array(prizeSchema).min(2, "at least two prizes").max(12, "at most 12 prizes"),
  })
  .superRefine((b, ctx) => {
    if (b.endsAt <= b.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "must be after startsAt" });
    if (!b.prizes.some((p) => p.kind === "THANKS")) ctx.addIssue({ code: "custom", path: ["prizes"], message: "include a \"thanks for playing\" prize (what a draw falls to when the others are out)" });
    if (b.costPoints === 0 && b.freePerDay === 0) ctx.addIssue({ code: "custom", path: ["freePerDay"], message: "a draw costs points or is free some times a day" });
  });
export type LotteryBody = z.infer<typeof lotteryBodySchema>;

export async function createLottery(actor: StaffActor, body: LotteryBody) {
  if (actor.shopId) throw forbidden("Lotteries are the platform's");
  for (const [i, p] of body.prizes.entries()) {
    if (!p.couponTemplateId) continue;
    const t = await db.couponTemplate.findUnique({ where: { id: p.couponTemplateId }, select: { shopId: true } });
    if (!t || t.shopId !== null) throw invalidField(`prizes.${i}.couponTemplateId`, "no such platform coupon template");
  }
  return db.$transaction(async (tx) => {
    const l = await tx.lottery.create({
      data: {
        name: body.name, nameEn: body.nameEn ?? null, startsAt: body.startsAt, endsAt: body.endsAt, costPoints: body.costPoints, freePerDay: body.freePerDay, budget: body.budget, createdBy: actor.id,
        prizes: { create: body.prizes.map((p, sort) => ({ name: p.name, kind: p.kind, weight: p.weight, stock: p.kind === "THANKS" ? null : p.stock!, couponTemplateId: p.couponTemplateId ?? null, points: p.points, value: p.value, sort })) },
      },
      include: { prizes: { orderBy: { sort: "asc" } } },
    });
    await recordAudit(tx, actor, { action: "lottery.create", entity: "lottery", entityId: l.id, shopId: null, after: l });
    return l;
  });
}

/** The shopper's wheel: prizes (without stock figures), the cost, free draws left today, recent draws. */
export async function lotteryView(id: string, shopperId: string | null, now = new Date()) {
  const l = await db.lottery.findUnique({ where: { id }, include: { prizes: { orderBy: { sort: "asc" } } } });
  if (!l || !l.active) throw notFound("lottery");
  const day = dayIn(now, PLATFORM_TIME_ZONE);
  const [freeUsed, mine, me] = shopperId
    ? await Promise.all([
        db.lotteryDraw.count({ where: { lotteryId: id, shopperId, day, free: true } }),
        db.lotteryDraw.findMany({ where: { lotteryId: id, shopperId }, orderBy: { createdAt: "desc" }, take: 20 }),
        db.shopper.findUnique({ where: { id: shopperId }, select: { points: true } }),
      ])
    : [0, [], null];
  const names = new Map(l.prizes.map((p) => [p.id, p]));
  return {
    id: l.id, name: l.name, nameEn: l.nameEn, startsAt: l.startsAt.toISOString(), endsAt: l.endsAt.toISOString(), costPoints: l.costPoints, freePerDay: l.freePerDay,
    open: now >= l.startsAt && now < l.endsAt,
    freeLeft: Math.max(0, l.freePerDay - freeUsed), points: me?.points ?? null,
    prizes: l.prizes.map((p) => ({ id: p.id, name: p.name, kind: p.kind })),
    draws: mine.map((d) => ({ id: d.id, prize: names.get(d.prizeId)?.name ?? "", kind: names.get(d.prizeId)?.kind ?? "THANKS", free: d.free, at: d.createdAt.toISOString() })),
  };
}

/**
 * A draw, in one transaction under the shopper's row lock (free draws per day and the points
 * balance exact under any concurrency). The wheel lands by weight (crypto randomness); a prize
 * is won by conditional updates — its stock (`won < stock`), then the lottery's budget (`spent +
 * value ≤ budget`) — and one out of stock or over budget falls to the next outcome round the
 * wheel; "thanks for playing" always holds. Points: the cost leaves by a ledger row
 * (LOTTERY/cost:<draw>), a points prize comes in by another (LOTTERY/<draw>); a coupon has the
 * request key draw:<id>. One idempotency key = one draw.
 */
export async function drawLottery(shopperId: string, lotteryId: string, idempotencyKey: string, now = new Date(), rand: () => number = () => randomInt(0, 2 ** 47) / 2 ** 47) {
  const prior = () => db.lotteryDraw.findUnique({ where: { shopperId_idempotencyKey: { shopperId, idempotencyKey } } });
  const first = await prior();
  if (first) return { draw: first, prize: await db.lotteryPrize.findUniqueOrThrow({ where: { id: first.prizeId } }), replayed: true };
  const l = await db.lottery.findUnique({ where: { id: lotteryId }, include: { prizes: { orderBy: { sort: "asc" } } } });
  if (!l || !l.active) throw notFound("lottery");
  if (now < l.startsAt) throw new AppError("NOT_STARTED", "The lottery has not started");
  if (now >= l.endsAt) throw new AppError("ENDED", "The lottery has ended");
  const day = dayIn(now, PLATFORM_TIME_ZONE);
  try {
    return await db.$transaction(async (tx) => {
      const [me] = await tx.$queryRaw<{ points: number }[]>`SELECT points FROM "Shopper" WHERE id = ${shopperId} FOR UPDATE`;
      const freeUsed = await tx.lotteryDraw.count({ where: { lotteryId, shopperId, day, free: true } });
      const free = freeUsed < l.freePerDay;
      if (!free && (me?.points ?? 0) < l.costPoints) throw new AppError("NOT_ENOUGH_POINTS", `A draw costs ${l.costPoints} points; you have ${me?.points ?? 0}`);
      let won = l.prizes.find((p) => p.kind === "THANKS")!;
      for (const p of drawOrder(l.prizes, rand())) {
        if (p.kind === "THANKS") {
          won = p;
          break;
        }
        const stock = await tx.$executeRaw`UPDATE "LotteryPrize" SET won = won + 1 WHERE id = ${p.id} AND (stock IS NULL OR won < stock)`;
        if (!stock) continue;
        const budget = await tx.$executeRaw`UPDATE "Lottery" SET spent = spent + ${p.value} WHERE id = ${lotteryId} AND spent + ${p.value} <= budget`;
        if (!budget) {
          await tx.$executeRaw`UPDATE "LotteryPrize" SET won = won - 1 WHERE id = ${p.id}`;
          continue;
        }
        won = p;
        break;
      }
      const draw = await tx.lotteryDraw.create({ data: { lotteryId, shopperId, prizeId: won.id, day, free, pointsSpent: free ? 0 : l.costPoints, idempotencyKey } });
      if (!free && l.costPoints > 0) await addPoints(tx, { shopperId, amount: -l.costPoints, reason: "LOTTERY", sourceId: `cost:${draw.id}`, note: l.name });
      if (won.kind === "POINTS" && won.points > 0) await addPoints(tx, { shopperId, amount: won.points, reason: "LOTTERY", sourceId: draw.id, note: won.name });
      if (won.kind === "COUPON" && won.couponTemplateId) {
        const template = await tx.couponTemplate.findUniqueOrThrow({ where: { id: won.couponTemplateId } });
        const [couponId] = await issueCoupons(tx, template, [shopperId], now, { requestKey: () => `draw:${draw.id}` }).catch(() => [null]);
        if (couponId) await tx.lotteryDraw.update({ where: { id: draw.id }, data: { couponId } });
      }
      return { draw, prize: won, replayed: false };
    });
  } catch (e) {
    const again = isUniqueViolation(e) ? await prior() : null;
    if (again) return { draw: again, prize: await db.lotteryPrize.findUniqueOrThrow({ where: { id: again.prizeId } }), replayed: true };
    throw e;
  }
}

const lotteryDto = (l: { id: string; name: string; startsAt: Date; endsAt: Date; costPoints: number; freePerDay: number; budget: number; spent: number; active: boolean }) => ({
  id: l.id, name: l.name, startsAt: l.startsAt.toISOString(), endsAt: l.endsAt.toISOString(), costPoints: l.costPoints, freePerDay: l.freePerDay, budget: l.budget, spent: l.spent, active: l.active,
});

export async function listLotteries() {
  return (await db.lottery.findMany({ orderBy: { createdAt: "desc" }, take: 100 })).map(lotteryDto);
}

/** The staff report: draws, shoppers, points spent, and per prize the wins against stock and weight. */
export async function lotteryReport(actor: StaffActor, id: string) {
  if (actor.shopId) throw notFound("lottery");
  const l = await db.lottery.findUnique({ where: { id }, include: { prizes: { orderBy: { sort: "asc" } } } });
  if (!l) throw notFound("lottery");
  const { rows } = await pgPool().query<{ draws: number; shoppers: number; pointsSpent: number; free: number }>(
    `SELECT count(*)::int AS draws, count(DISTINCT "shopperId")::int AS shoppers, coalesce(sum("pointsSpent"), 0)::int AS "pointsSpent", count(*) FILTER (WHERE free)::int AS free FROM "LotteryDraw" WHERE "lotteryId" = $1`,
    [id],
  );
  const byPrize = new Map((await db.lotteryDraw.groupBy({ by: ["prizeId"], where: { lotteryId: id }, _count: true })).map((g) => [g.prizeId, g._count]));
  const totalWeight = l.prizes.reduce((a, p) => a + p.weight, 0);
  return {
    ...lotteryDto(l),
    ...rows[0],
    prizes: l.prizes.map((p) => ({ id: p.id, name: p.name, kind: p.kind, weight: p.weight, share: p.weight / totalWeight, stock: p.stock, won: byPrize.get(p.id) ?? 0, value: p.value })),
  };
}

/** The lottery the member centre links to: the newest one open now. */
export async function currentLottery(now = new Date()) {
  return db.lottery.findFirst({ where: { active: true, startsAt: { lte: now }, endsAt: { gt: now } }, orderBy: { createdAt: "desc" }, select: { id: true, name: true, nameEn: true } });
}
