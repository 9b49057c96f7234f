import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { assertCanRead, assertCanWrite, targetShop } from "@/lib/auth/guards";
import { AppError, invalidField, notFound } from "@/lib/api/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { getWritableTemplate } from "@/lib/coupons/get-template";
import { funnelOf } from "@/lib/deliveries/delivery-report";
import type { CreateAutomationBody } from "./automation-schemas";

/** Creates an automation (active at once) after checking what it names: its segment and coupon template are the actor's to use. */
export async function createAutomation(actor: StaffActor, body: CreateAutomationBody) {
  const shopId = targetShop(actor, null, true);
  if (body.segmentId) {
    const segment = await db.segment.findUnique({ where: { id: body.segmentId }, select: { shopId: true } });
    if (!segment) throw invalidField("segmentId", "no such segment");
    try {
      assertCanRead(actor, segment.shopId, "segment");
    } catch {
      throw invalidField("segmentId", "no such segment");
    }
  }
  if (body.couponTemplateId && !(await getWritableTemplate(actor, body.couponTemplateId).catch(() => null))) throw invalidField("couponTemplateId", "no such coupon template");
  return db.$transaction(async (tx) => {
    const a = await tx.automation.create({
      data: { shopId, name: body.name, trigger: body.trigger, wait: body.wait, segmentId: body.segmentId ?? null, channels: body.channels, title: body.title, body: body.body, html: body.html ?? null, link: body.link ?? null, couponTemplateId: body.couponTemplateId ?? null, createdBy: actor.id },
    });
    await recordAudit(tx, actor, { action: "automation.create", entity: "automation", entityId: a.id, shopId, after: a });
    return a;
  });
}

async function visibleAutomation(actor: StaffActor, id: string) {
  const a = await db.automation.findUnique({ where: { id } });
  if (!a) throw notFound("automation");
  try {
    assertCanRead(actor, a.shopId, "automation");
  } catch {
    throw notFound("automation");
  }
  if (actor.shopId && a.shopId === null) throw notFound("automation");
  return a;
}

/** Pause or resume: a paused automation fires for no one (what it already fired is still sent). One conditional update. */
export async function setAutomationStatus(actor: StaffActor, id: string, status: "ACTIVE" | "PAUSED") {
  const a = await visibleAutomation(actor, id);
  assertCanWrite(actor, a.shopId, "automation");
  return db.$transaction(async (tx) => {
    const n = await tx.automation.updateMany({ where: { id, status: status === "ACTIVE" ? "PAUSED" : "ACTIVE" }, data: { status } });
    if (n.count === 0) throw new AppError("INVALID_STATE", `The automation is already ${a.status === "ACTIVE" ? "active" : "paused"}`);
    await recordAudit(tx, actor, { action: status === "PAUSED" ? "automation.pause" : "automation.resume", entity: "automation", entityId: id, shopId: a.shopId, before: { status: a.status }, after: { status } });
    return tx.automation.findUniqueOrThrow({ where: { id } });
  });
}

const dto = (a: Awaited<ReturnType<typeof visibleAutomation>>) => ({
  id: a.id, shopId: a.shopId, name: a.name, trigger: a.trigger, wait: a.wait, segmentId: a.segmentId, channels: a.channels, title: a.title, body: a.body, html: a.html, link: a.link,
  couponTemplateId: a.couponTemplateId, status: a.status, createdAt: a.createdAt.toISOString(), lastRunAt: a.lastRunAt?.toISOString() ?? null,
});

/** The automation with the funnel of everything it fired (the same report as a delivery) and its firings per day. */
export async function automationReport(actor: StaffActor, id: string) {
  const a = await visibleAutomation(actor, id);
  const deliveries = await db.delivery.findMany({ where: { automationId: id }, select: { id: true } });
  const [report, fired, recent] = await Promise.all([
    funnelOf(deliveries.map((d) => d.id), a.shopId),
    db.automationFiring.count({ where: { automationId: id } }),
    db.delivery.findMany({ where: { automationId: id }, orderBy: { createdAt: "desc" }, take: 10, select: { id: true, name: true, audienceSize: true, createdAt: true } }),
  ]);
  return { ...dto(a), fired, report, firings: recent.map((d) => ({ deliveryId: d.id, name: d.name, shoppers: d.audienceSize, at: d.createdAt.toISOString() })) };
}

export async function listAutomations(actor: StaffActor, opts: { cursor?: string; take?: number } = {}) {
  const take = Math.min(opts.take ?? 50, 200);
  const rows = await db.automation.findMany({ where: actor.shopId ? { shopId: actor.shopId } : {}, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: take + 1, ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}) });
  const page = rows.slice(0, take);
  const counts = new Map((await db.automationFiring.groupBy({ by: ["automationId"], where: { automationId: { in: page.map((a) => a.id) } }, _count: true })).map((c) => [c.automationId, c._count]));
  return { items: page.map((a) => ({ ...dto(a), fired: counts.get(a.id) ?? 0 })), nextCursor: rows.length > take ? page[page.length - 1].id : null };
}
