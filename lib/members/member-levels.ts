import { z } from "zod";
import { db, type Tx } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { forbidden, invalidField } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { issueCoupons } from "@/lib/coupons/issue-coupon";
import { bumpPricingVersion } from "@/lib/checkout/pricing-cache";
import { dayIn, PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { POINTS_RULE } from "./points-rules";

// 会员等级与权益 (SPEC §10): levels by growth threshold; benefits per level — member prices (SKU
// member prices by level key, in the engine), free shipping (the engine waives every fee), and a
// monthly coupon pack claimed once per shopper per month.

export const levelsBodySchema = z.object({
  levels: z
    .array(
      z.object({
        key: z.string().regex(/^V\d{1,2}$/, "a key like V0, V1 …"),
        name: z.string().trim().min(1, "is required").max(40, "at most 40 characters"),
        nameEn: z.string().trim().max(40).optional(),
        growthMin: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(100_000_000, "at most 100,000,000"),
        freeShipping: z.boolean().default(false),
        packTemplateIds: z.array(z.string().trim().min(1).max(100)).max(5, "at most 5 coupons a month").default([]),
      }),
    )
    .min(1, "at least one level")
    .max(10, "at most 10 levels")
    .superRefine((ls, ctx) => {
      if (ls[0] && ls[0].growthMin !== 0) ctx.addIssue({ code: "custom", path: [0, "growthMin"], message: "the first level starts at 0" });
      ls.forEach((l, i) => {
        if (i > 0 && l.growthMin <= ls[i - 1].growthMin) ctx.addIssue({ code: "custom", path: [i, "growthMin"], message: "must be above the level before" });
        if (ls.findIndex((x) => x.key === l.key) !== i) ctx.addIssue({ code: "custom", path: [i, "key"], message: "is used twice" });
      });
    }),
});

export async function listLevels() {
  return db.memberLevel.findMany({ orderBy: { growthMin: "asc" } });
}

export async function saveLevels(actor: StaffActor, body: z.infer<typeof levelsBodySchema>) {
  if (actor.shopId) throw forbidden("Member levels are the platform's");
  const ids = [...new Set(body.levels.flatMap((l) => l.packTemplateIds))];
  const found = await db.couponTemplate.findMany({ where: { id: { in: ids }, shopId: null }, select: { id: true } });
  for (const [i, l] of body.levels.entries())
    for (const [j, id] of l.packTemplateIds.entries()) if (!found.some((f) => f.id === id)) throw invalidField(`levels.${i}.packTemplateIds.${j}`, "no such platform coupon template");
  const out = await db.$transaction(async (tx) => {
    const before = await tx.memberLevel.findMany({ orderBy: { growthMin: "asc" } });
    await tx.memberLevel.deleteMany({ where: { key: { notIn: body.levels.map((l) => l.key) } } });
    for (const l of body.levels) {
      const data = { name: l.name, nameEn: l.nameEn ?? null, growthMin: l.growthMin, freeShipping: l.freeShipping, packTemplateIds: l.packTemplateIds };
      await tx.memberLevel.upsert({ where: { key: l.key }, create: { key: l.key, ...data }, update: data });
    }
    await recordAudit(tx, actor, { action: "member-levels.update", entity: "member-levels", entityId: "platform", shopId: null, before, after: body.levels });
    return tx.memberLevel.findMany({ orderBy: { growthMin: "asc" } });
  });
  await bumpPricingVersion(); // free shipping is priced
  return out;
}

/**
 * After growth moves: the shopper rises to the highest level their growth reaches. Levels are
 * never lowered here (a refund taking growth back does not demote — the usual mall rule, and a
 * shopper set to a level by the host keeps it). No levels configured: nothing changes.
 */
export async function riseToLevel(tx: Tx, shopperId: string) {
  await tx.$executeRaw`UPDATE "Shopper" s SET "memberLevel" = target.key
    FROM (SELECT l.key, l."growthMin" FROM "MemberLevel" l, "Shopper" me WHERE me.id = ${shopperId} AND l."growthMin" <= me.growth ORDER BY l."growthMin" DESC LIMIT 1) target
    WHERE s.id = ${shopperId} AND s."memberLevel" <> target.key
      AND target."growthMin" > coalesce((SELECT cur."growthMin" FROM "MemberLevel" cur WHERE cur.key = s."memberLevel"), -1)`;
}

/** The member centre's card: level, its benefits, the next level and the growth still needed, this month's pack. */
export async function memberCard(shopperId: string, now = new Date()) {
  const [s, levels] = await Promise.all([db.shopper.findUniqueOrThrow({ where: { id: shopperId }, select: { memberLevel: true, growth: true } }), listLevels()]);
  const current = levels.find((l) => l.key === s.memberLevel) ?? null;
  const next = levels.find((l) => l.growthMin > (current?.growthMin ?? -1) && l.growthMin > s.growth) ?? null;
  const month = dayIn(now, PLATFORM_TIME_ZONE).slice(0, 7);
  const pack = current?.packTemplateIds.length ? await db.memberPackGrant.findUnique({ where: { shopperId_month: { shopperId, month } } }) : null;
  return {
    level: s.memberLevel, name: current?.name ?? s.memberLevel, nameEn: current?.nameEn ?? null, growth: s.growth,
    benefits: { memberPrice: true, freeShipping: current?.freeShipping ?? false, monthlyCoupons: current?.packTemplateIds.length ?? 0 },
    next: next ? { key: next.key, name: next.name, nameEn: next.nameEn, growthMin: next.growthMin, need: next.growthMin - s.growth, progress: Math.min(1, s.growth / next.growthMin) } : null,
    pack: { month, claimable: (current?.packTemplateIds.length ?? 0) > 0 && !pack, claimed: Boolean(pack) },
    levels: levels.map((l) => ({ key: l.key, name: l.name, nameEn: l.nameEn, growthMin: l.growthMin, freeShipping: l.freeShipping, monthlyCoupons: l.packTemplateIds.length })),
  };
}

/** 月度礼包: the level's coupons, once per shopper per month (the grant's primary key; request keys pack:<shopper>:<month>:<template>). */
export async function claimMonthlyPack(shopperId: string, now = new Date()) {
  const month = dayIn(now, PLATFORM_TIME_ZONE).slice(0, 7);
  return db.$transaction(async (tx) => {
    const s = await tx.shopper.findUniqueOrThrow({ where: { id: shopperId }, select: { memberLevel: true } });
    const level = await tx.memberLevel.findUnique({ where: { key: s.memberLevel } });
    if (!level?.packTemplateIds.length) throw invalidField("level", "this level has no monthly pack");
    const made = await tx.memberPackGrant.createMany({ data: [{ shopperId, month, level: level.key }], skipDuplicates: true });
    if (!made.count) return { month, coupons: 0, already: true };
    const couponIds: string[] = [];
    for (const id of level.packTemplateIds) {
      const t = await tx.couponTemplate.findUnique({ where: { id } });
      if (!t?.active) continue;
      const [c] = await issueCoupons(tx, t, [shopperId], now, { requestKey: () => `pack:${shopperId}:${month}:${id}` }).catch(() => [null]);
      if (c) couponIds.push(c);
    }
    await tx.memberPackGrant.update({ where: { shopperId_month: { shopperId, month } }, data: { couponIds } });
    return { month, coupons: couponIds.length, already: false };
  });
}

export const pointsRuleBodySchema = z.object({
  centsPerPoint: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "at least 1").max(1_000_000, "at most 1,000,000"),
  capPerOrder: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(10_000_000, "at most 10,000,000"),
  centsPerGrowth: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "at least 1").max(1_000_000, "at most 1,000,000"),
  expiryYears: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be 0 or more").max(10, "at most 10"),
});

export async function pointsRule() {
  return (await db.pointsRule.findUnique({ where: { id: "platform" } })) ?? { id: "platform", ...POINTS_RULE };
}

/** How orders earn points and growth from now on (orders already paid keep what they earned). Audited. */
export async function savePointsRule(actor: StaffActor, body: z.infer<typeof pointsRuleBodySchema>) {
  if (actor.shopId) throw forbidden("Points are the platform's");
  return db.$transaction(async (tx) => {
    const before = await tx.pointsRule.findUnique({ where: { id: "platform" } });
    const after = await tx.pointsRule.upsert({ where: { id: "platform" }, create: { id: "platform", ...body }, update: body });
    await recordAudit(tx, actor, { action: "points-rule.update", entity: "points-rule", entityId: "platform", shopId: null, before, after });
    return after;
  });
}
