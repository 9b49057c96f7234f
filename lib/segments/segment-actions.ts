import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead, targetShop } from "@/lib/auth/guards";
import { AppError, invalidField, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { csvMembers } from "./csv-members";
import { segmentSize, type SegmentSample } from "./evaluate-segment";
import { audienceOf } from "./segment-members";
import { storedRules, type SegmentGroup } from "./segment-rules";
import type { CreateSegmentBody, SegmentPreviewBody } from "./segment-schemas";

export type SegmentPreview = { size: number; sample: SegmentSample[]; rows?: number; unknownRows?: { row: number; value: string }[] };

async function shopOf(actor: StaffActor, requested: string | null | undefined) {
  const shopId = targetShop(actor, requested, true);
  if (shopId && !actor.shopId && !(await db.shop.findUnique({ where: { id: shopId }, select: { id: true } }))) throw invalidField("shopId", "no such shop");
  return shopId;
}

async function sampleOf(ids: string[]): Promise<SegmentSample[]> {
  return db.shopper.findMany({ where: { id: { in: ids.slice(0, 10) } }, select: { id: true, name: true }, orderBy: { id: "asc" } });
}

/**
 * The coupon templates and activities the rules name must be the shop's own or the platform's:
 * shop staff cannot ask who holds or viewed another shop's (SPEC §12); unknown ones are named.
 */
async function assertReferences(shopId: string | null, rules: SegmentGroup, path = "rules") {
  const bad: Record<string, string> = {};
  const visit = async (g: SegmentGroup, at: string) => {
    for (const [i, c] of g.conditions.entries()) {
      const here = `${at}.conditions.${i}`;
      if ("op" in c) await visit(c, here);
      else if (c.type === "COUPON") {
        const t = await db.couponTemplate.findUnique({ where: { id: c.templateId }, select: { shopId: true } });
        if (!t || (shopId && t.shopId && t.shopId !== shopId)) bad[`${here}.templateId`] = "no such coupon template";
      } else if (c.type === "VIEWED_NO_ORDER") {
        const p = await db.promotion.findUnique({ where: { id: c.promotionId }, select: { shopId: true } });
        if (!p || (shopId && p.shopId && p.shopId !== shopId)) bad[`${here}.promotionId`] = "no such activity";
      }
    }
  };
  await visit(rules, path);
  if (Object.keys(bad).length) throw new AppError("VALIDATION_FAILED", "The rules name something that does not exist here", bad);
}

/** Size and a sample before saving (rules), or the matched rows and the unknown ones (CSV). Changes nothing. */
export async function previewSegment(actor: StaffActor, body: SegmentPreviewBody, now = new Date()): Promise<SegmentPreview> {
  const shopId = await shopOf(actor, body.shopId);
  if (body.rules) {
    await assertReferences(shopId, body.rules);
    return segmentSize(body.rules, shopId, now);
  }
  const report = await csvMembers(body.csv!, shopId);
  return { size: report.shopperIds.length, sample: await sampleOf(report.shopperIds), rows: report.rows, unknownRows: report.unknownRows };
}

/**
 * Saves a segment. Rules are kept and evaluated whenever used (a delivery snapshots them); a CSV
 * becomes the list of the shoppers it names — rows naming nobody are reported, not fatal. A
 * segment that selects nobody is refused: nothing could ever be sent to it.
 */
export async function createSegment(actor: StaffActor, body: CreateSegmentBody, now = new Date()) {
  const shopId = await shopOf(actor, body.shopId);
  if (body.rules) await assertReferences(shopId, body.rules);
  const csv = body.csv !== undefined ? await csvMembers(body.csv, shopId) : null;
  const size = csv ? csv.shopperIds.length : (await segmentSize(body.rules!, shopId, now)).size;
  if (size === 0) throw new AppError("VALIDATION_FAILED", "The segment selects nobody", { [csv ? "csv" : "rules"]: csv ? "no row names a shopper you can reach" : "no shopper meets these rules now" });
  const segment = await db.$transaction(async (tx) => {
    const s = await tx.segment.create({ data: { name: body.name, shopId, kind: csv ? "LIST" : "RULES", rules: csv ? {} : (body.rules as object), memberCount: size } });
    if (csv) await tx.$executeRaw`INSERT INTO "SegmentMember" ("segmentId", "shopperId") SELECT ${s.id}, unnest(${csv.shopperIds}::text[])`;
    await recordAudit(tx, actor, { action: "segment.create", entity: "segment", entityId: s.id, shopId, after: { name: s.name, kind: s.kind, rules: s.rules, members: size } });
    return s;
  });
  return { segment: toSegmentDto(segment, size), ...(csv ? { rows: csv.rows, unknownRows: csv.unknownRows } : {}) };
}

type SegmentRow = { id: string; name: string; shopId: string | null; kind: string; rules: unknown; memberCount: number; createdAt: Date };

export const toSegmentDto = (s: SegmentRow, size = s.memberCount) => ({ id: s.id, name: s.name, shopId: s.shopId, kind: s.kind as "RULES" | "LIST", rules: s.kind === "RULES" ? storedRules(s.rules) : null, size, createdAt: s.createdAt.toISOString() });

/** A segment with its size now (rules are evaluated again; shop staff count their customers only). */
export async function getSegment(actor: StaffActor, id: string, now = new Date()) {
  const s = await db.segment.findUnique({ where: { id } });
  if (!s) throw notFound("segment");
  assertCanRead(actor, s.shopId, "segment");
  const scope = actor.shopId ?? s.shopId;
  if (s.kind === "RULES") {
    const { size, sample } = await segmentSize(storedRules(s.rules) as SegmentGroup, scope, now);
    return { ...toSegmentDto(s, size), sample };
  }
  const ids = await audienceOf(id, scope, now);
  return { ...toSegmentDto(s, ids.length), sample: await sampleOf(ids) };
}

export async function listSegmentPage(actor: StaffActor, opts: { cursor?: string; take?: number } = {}) {
  const take = Math.min(opts.take ?? 50, 200);
  const rows = await db.segment.findMany({
    where: actor.shopId ? { OR: [{ shopId: actor.shopId }, { shopId: null }] } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, take);
  return { items: page.map((s) => toSegmentDto(s)), nextCursor: rows.length > take ? page[page.length - 1].id : null };
}

/** What the builder offers to pick from: the actor's coupon templates and promotions (names). */
export async function segmentRefs(actor: StaffActor) {
  const where = actor.shopId ? { OR: [{ shopId: actor.shopId }, { shopId: null }] } : {};
  const [templates, promotions] = await Promise.all([
    db.couponTemplate.findMany({ where, select: { id: true, name: true }, orderBy: { createdAt: "desc" }, take: 200 }),
    db.promotion.findMany({ where, select: { id: true, name: true }, orderBy: { createdAt: "desc" }, take: 200 }),
  ]);
  return { templates: templates.map((x) => ({ id: x.id, label: x.name })), promotions: promotions.map((x) => ({ id: x.id, label: x.name })) };
}
