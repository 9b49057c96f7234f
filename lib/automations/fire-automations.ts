import { db } from "@/lib/db/client";
import type { Automation } from "@/lib/generated/prisma/client";
import { timeZoneOf } from "@/lib/shops/shop-zone";
import { queueDelivery } from "@/lib/deliveries/create-delivery";
import { toZonedInput } from "@/lib/time/zone";
import { dueShoppers } from "./due-shoppers";

/**
 * One pass of every active automation (the clock runs it each minute): the due shoppers (one
 * set-based query, narrowed by the condition segment inside it), fire as one delivery — the firings (primary
 * key automation + shopper + occurrence: at most once, whatever the retries or a second instance)
 * and the delivery's recipient rows are written in one transaction, then the delivery is queued and
 * sent like any other (caps, quiet hours, unsubscribes, exactly once per channel, the same report).
 */
export async function fireAutomations(now = new Date()) {
  const active = await db.automation.findMany({ where: { status: "ACTIVE" } });
  let fired = 0;
  for (const a of active) fired += await fireAutomation(a, now);
  return fired;
}

export async function fireAutomation(a: Automation, now = new Date()): Promise<number> {
  const zone = await timeZoneOf(a.shopId);
  const due = await dueShoppers(a, now, zone);
  if (!due.length) {
    await db.automation.update({ where: { id: a.id }, data: { lastRunAt: now } });
    return 0;
  }
  const rowChannels = [...a.channels, ...(a.couponTemplateId ? ["COUPON"] : [])];
  const delivery = await db.$transaction(async (tx) => {
    const job = await tx.job.create({ data: { type: "delivery", params: {}, shopId: a.shopId, createdBy: a.createdBy } });
    const d = await tx.delivery.create({
      data: { shopId: a.shopId, automationId: a.id, name: `${a.name} · ${toZonedInput(now, zone).replace("T", " ")}`, channels: a.channels, title: a.title, body: a.body, html: a.html, link: a.link, couponTemplateId: a.couponTemplateId, sendAt: now, jobId: job.id, createdBy: a.createdBy },
    });
    // a concurrent pass may have fired some of these: only the firings inserted here are sent
    const won = await tx.$queryRaw<{ shopperId: string }[]>`
      INSERT INTO "AutomationFiring" ("automationId", "shopperId", occurrence, "deliveryId", "firedAt")
      SELECT ${a.id}, x.s, x.o, ${d.id}, ${now} FROM unnest(${due.map((x) => x.shopperId)}::text[], ${due.map((x) => x.occurrence)}::text[]) AS x(s, o)
      ON CONFLICT DO NOTHING RETURNING "shopperId"`;
    if (!won.length) throw new NothingToFire();
    const ids = [...new Set(won.map((w) => w.shopperId))];
    for (const channel of rowChannels)
      await tx.$executeRaw`INSERT INTO "DeliveryRecipient" ("deliveryId", "shopperId", channel, status) SELECT ${d.id}, unnest(${ids}::text[]), ${channel}, 'PENDING' ON CONFLICT DO NOTHING`;
    await tx.job.update({ where: { id: job.id }, data: { total: ids.length * rowChannels.length, params: { deliveryId: d.id, snapshot: true } } });
    await tx.delivery.update({ where: { id: d.id }, data: { audienceSize: ids.length } });
    await tx.automation.update({ where: { id: a.id }, data: { lastRunAt: now } });
    return { ...d, audience: ids.length };
  }, { timeout: 120_000 }).catch((e) => {
    if (e instanceof NothingToFire) return null;
    throw e;
  });
  if (!delivery) return 0;
  await queueDelivery(delivery);
  return delivery.audience;
}

class NothingToFire extends Error {}
