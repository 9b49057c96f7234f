import { z } from "zod";
import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead, assertCanWrite, targetShop } from "@/lib/auth/guards";
import { invalidField, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { isUniqueViolation } from "@/lib/jobs/job-once";
import { isoDateTimeSchema } from "@/lib/validation/dates";
import type { Block, SavePageBody } from "./page-blocks";

// 活动页装修 (SPEC §11): a page's draft is edited; publishing copies it into a new version, live
// now or from a time; a rollback copies an older version into a new one, live now. The live
// version is the newest whose time has come — no clock is needed for a scheduled publish.

export const publishBodySchema = z.object({ at: isoDateTimeSchema.optional() });
export const rollbackBodySchema = z.object({ version: z.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "at least 1").max(100_000) });

/** What the blocks name must exist and be the actor's to show: own shop's or the platform's promotions, campaigns and SKUs. */
async function assertBlockReferences(actor: StaffActor, blocks: Block[]) {
  const own = (shopId: string | null) => shopId === null || !actor.shopId || shopId === actor.shopId;
  for (const [i, b] of blocks.entries()) {
    const promotionId = b.type === "COUNTDOWN" ? b.promotionId : b.type === "PRODUCT_GRID" && "promotionId" in b.source ? b.source.promotionId : null;
    if (promotionId) {
      const p = await db.promotion.findUnique({ where: { id: promotionId }, select: { shopId: true } });
      if (!p || !own(p.shopId)) throw invalidField(b.type === "COUNTDOWN" ? `blocks.${i}.promotionId` : `blocks.${i}.source.promotionId`, "no such promotion");
    }
    if (b.type === "PRODUCT_GRID" && "categoryId" in b.source && !(await db.category.findUnique({ where: { id: b.source.categoryId }, select: { id: true } }))) throw invalidField(`blocks.${i}.source.categoryId`, "no such category");
    if (b.type === "PRODUCT_GRID" && "skuIds" in b.source) {
      const found = await db.sku.findMany({ where: { id: { in: b.source.skuIds } }, select: { id: true, shopId: true } });
      b.source.skuIds.forEach((id, j) => {
        const s = found.find((f) => f.id === id);
        if (!s || !own(s.shopId)) throw invalidField(`blocks.${i}.source.skuIds.${j}`, "no such SKU");
      });
    }
    if (b.type === "COUPON_STRIP" && b.campaignIds.length) {
      const found = await db.couponCampaign.findMany({ where: { id: { in: b.campaignIds } }, select: { id: true, shopId: true } });
      b.campaignIds.forEach((id, j) => {
        const c = found.find((f) => f.id === id);
        if (!c || !own(c.shopId)) throw invalidField(`blocks.${i}.campaignIds.${j}`, "no such coupon campaign");
      });
    }
  }
}

export async function createPage(actor: StaffActor, body: SavePageBody) {
  const shopId = targetShop(actor, null, true);
  await assertBlockReferences(actor, body.blocks);
  try {
    return await db.$transaction(async (tx) => {
      const page = await tx.activityPage.create({ data: { slug: body.slug, title: body.title, shopId, draft: body.blocks, createdBy: actor.id } });
      await recordAudit(tx, actor, { action: "page.create", entity: "activity-page", entityId: page.id, shopId, after: { slug: page.slug, title: page.title, blocks: body.blocks.length } });
      return page;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalidField("slug", "is taken by another page");
    throw e;
  }
}

async function writablePage(actor: StaffActor, id: string) {
  const page = await db.activityPage.findUnique({ where: { id } });
  if (!page) throw notFound("page");
  try {
    assertCanWrite(actor, page.shopId, "page");
  } catch {
    throw notFound("page");
  }
  return page;
}

export async function saveDraft(actor: StaffActor, id: string, body: SavePageBody) {
  const before = await writablePage(actor, id);
  await assertBlockReferences(actor, body.blocks);
  try {
    return await db.$transaction(async (tx) => {
      const page = await tx.activityPage.update({ where: { id }, data: { slug: body.slug, title: body.title, draft: body.blocks } });
      await recordAudit(tx, actor, { action: "page.save-draft", entity: "activity-page", entityId: id, shopId: page.shopId, before: { slug: before.slug, title: before.title }, after: { slug: page.slug, title: page.title, blocks: body.blocks.length } });
      return page;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalidField("slug", "is taken by another page");
    throw e;
  }
}

/** The draft becomes version n + 1, live now or from `at` (not in the past). Versions are numbered under the page's row lock. */
export async function publishPage(actor: StaffActor, id: string, at: Date | undefined, now = new Date()) {
  await writablePage(actor, id);
  if (at && at.getTime() < now.getTime() - 60_000) throw invalidField("at", "is in the past");
  return db.$transaction(async (tx) => {
    const [page] = await tx.$queryRaw<{ id: string; title: string; draft: Block[]; shopId: string | null }[]>`SELECT id, title, draft, "shopId" FROM "ActivityPage" WHERE id = ${id} FOR UPDATE`;
    const last = await tx.activityPageVersion.findFirst({ where: { pageId: id }, orderBy: { version: "desc" }, select: { version: true } });
    const v = await tx.activityPageVersion.create({ data: { pageId: id, version: (last?.version ?? 0) + 1, title: page.title, blocks: page.draft, liveFrom: at ?? now, createdBy: actor.id } });
    await recordAudit(tx, actor, { action: at && at > now ? "page.schedule" : "page.publish", entity: "activity-page", entityId: id, shopId: page.shopId, after: { version: v.version, liveFrom: v.liveFrom } });
    return v;
  });
}

/** An older version becomes live again now, as a new version (history is never rewritten); the draft follows it. */
export async function rollbackPage(actor: StaffActor, id: string, version: number, now = new Date()) {
  await writablePage(actor, id);
  return db.$transaction(async (tx) => {
    const [page] = await tx.$queryRaw<{ shopId: string | null }[]>`SELECT "shopId" FROM "ActivityPage" WHERE id = ${id} FOR UPDATE`;
    const old = await tx.activityPageVersion.findUnique({ where: { pageId_version: { pageId: id, version } } });
    if (!old) throw invalidField("version", "no such version of this page");
    const last = await tx.activityPageVersion.findFirstOrThrow({ where: { pageId: id }, orderBy: { version: "desc" }, select: { version: true } });
    const v = await tx.activityPageVersion.create({ data: { pageId: id, version: last.version + 1, title: old.title, blocks: old.blocks ?? [], liveFrom: now, restoredFrom: version, createdBy: actor.id } });
    await tx.activityPage.update({ where: { id }, data: { draft: old.blocks ?? [], title: old.title } });
    await recordAudit(tx, actor, { action: "page.rollback", entity: "activity-page", entityId: id, shopId: page.shopId, after: { version: v.version, restoredFrom: version } });
    return v;
  });
}

export async function getPage(actor: StaffActor, id: string, now = new Date()) {
  const page = await db.activityPage.findUnique({ where: { id }, include: { versions: { orderBy: { version: "desc" }, take: 50 } } });
  if (!page) throw notFound("page");
  try {
    assertCanRead(actor, page.shopId, "page");
  } catch {
    throw notFound("page");
  }
  const live = page.versions.find((v) => v.liveFrom <= now) ?? null;
  return {
    id: page.id, slug: page.slug, title: page.title, shopId: page.shopId, draft: page.draft as Block[], updatedAt: page.updatedAt.toISOString(),
    liveVersion: live?.version ?? null,
    versions: page.versions.map((v) => ({ version: v.version, title: v.title, liveFrom: v.liveFrom.toISOString(), restoredFrom: v.restoredFrom, scheduled: v.liveFrom > now, live: v.version === live?.version })),
  };
}

export async function listPages(actor: StaffActor, now = new Date()) {
  const pages = await db.activityPage.findMany({ where: actor.shopId ? { shopId: actor.shopId } : {}, orderBy: { updatedAt: "desc" }, take: 200, include: { versions: { orderBy: { version: "desc" }, take: 5, select: { version: true, liveFrom: true } } } });
  return {
    items: pages.map((p) => {
      const live = p.versions.find((v) => v.liveFrom <= now);
      const scheduled = p.versions.find((v) => v.liveFrom > now);
      return { id: p.id, slug: p.slug, title: p.title, liveVersion: live?.version ?? null, scheduledAt: scheduled?.liveFrom.toISOString() ?? null, updatedAt: p.updatedAt.toISOString() };
    }),
  };
}

/** The live version of a page by its slug, for /p/{slug}; null when none is live. */
export async function livePage(slug: string, now = new Date()) {
  const page = await db.activityPage.findUnique({ where: { slug }, select: { id: true, shopId: true } });
  if (!page) return null;
  const v = await db.activityPageVersion.findFirst({ where: { pageId: page.id, liveFrom: { lte: now } }, orderBy: { version: "desc" } });
  return v ? { id: page.id, shopId: page.shopId, version: v.version, title: v.title, blocks: v.blocks as Block[] } : null;
}

export async function recordPageView(pageId: string, day: string) {
  await db.$executeRaw`INSERT INTO "ActivityPageView" ("pageId", day, views) VALUES (${pageId}, ${day}, 1) ON CONFLICT ("pageId", day) DO UPDATE SET views = "ActivityPageView".views + 1`;
}


/** The promotions a page may show: live or scheduled, the actor's shop's or the platform's, most prominent first. */
export async function pagePromotionOptions(actor: StaffActor) {
  const rows = await db.promotion.findMany({
    where: { status: { in: ["ACTIVE", "SCHEDULED"] }, ...(actor.shopId ? { OR: [{ shopId: actor.shopId }, { shopId: null }] } : {}) },
    orderBy: [{ labelPriority: "desc" }, { createdAt: "desc" }],
    take: 200,
    select: { id: true, name: true },
  });
  return rows.map((r) => ({ id: r.id, label: r.name }));
}
