// npm run bench:deliveries [-- --shoppers 100000] — prints figures, asserts nothing (issue 13).
// A database of its own (promo_bench_deliveries: demo data + generated shoppers), a list segment
// of all of them, then a delivery to the inbox with a coupon sent the way the product sends it
// (createDelivery → runDeliveryJob: the PENDING snapshot, then batches of 1,000 in one transaction
// each): the time to send, the rate, and that every shopper got exactly one message and one coupon.
import { parseArgs } from "node:util";
import { prepareBenchDatabase } from "../bench/server";

const { values } = parseArgs({ options: { shoppers: { type: "string", default: "100000" } } });
const N = Number(values.shoppers);
const DB = "promo_bench_deliveries";
process.env.DATABASE_URL = `postgresql://postgres@127.0.0.1:5432/${DB}`;
process.env.REDIS_URL = "redis://127.0.0.1:6379/6";
prepareBenchDatabase(DB);

const { db } = await import("@/lib/db/client");
const { pgPool } = await import("@/lib/db/pg-pool");
const { createDelivery } = await import("@/lib/deliveries/create-delivery");
const { createDeliveryBodySchema } = await import("@/lib/deliveries/delivery-schemas");
const { runDeliveryJob, FREQUENCY_CAP_PER_DAY } = await import("@/lib/deliveries/run-delivery");
const { closeQueues } = await import("@/lib/jobs/queues");

let t = Date.now();
await db.$executeRawUnsafe(`INSERT INTO "Shopper" (id, "externalId", name, email, "firstOrderDone", "updatedAt") SELECT 'bd-' || g, 'bd-' || g, '用户' || g, 'bd-' || g || '@bench.test', true, now() FROM generate_series(1, ${N}) g`);
const segment = await db.segment.create({ data: { name: "bench all", kind: "LIST", memberCount: N } });
await db.$executeRawUnsafe(`INSERT INTO "SegmentMember" ("segmentId", "shopperId") SELECT '${segment.id}', 'bd-' || g FROM generate_series(1, ${N}) g`);
const template = await db.couponTemplate.create({ data: { name: "召回券 ¥10", kind: "AMOUNT_OFF", amountOff: 1000, threshold: 0, totalQuantity: N * 2, validDays: 7, platformShare: 100, shopShare: 0 } });
// a platform delivery this large would wait for an approver: the bench measures the send
await db.platform.upsert({ where: { id: "platform" }, create: { id: "platform", name: "bench", deliveryApprovalAbove: N * 10 }, update: { deliveryApprovalAbove: N * 10 } });
delete process.env.SMTP_URL; // email goes to the recording provider (one insert per batch)
await db.$executeRawUnsafe(`ANALYZE`);
console.log(`generated ${N.toLocaleString()} shoppers and their segment in ${((Date.now() - t) / 1000).toFixed(1)} s`);

const admin = { kind: "staff" as const, id: "bench", name: "bench", role: "ADMIN" as const, shopId: null, via: "apiKey" as const };
for (const [coupon, channels] of [[false, ["INBOX"]], [true, ["INBOX"]], [false, ["INBOX", "EMAIL"]], [true, ["INBOX", "EMAIL"]]] as const) {
  t = Date.now();
  const { delivery } = await createDelivery(admin, createDeliveryBodySchema.parse({ name: `bench ${channels.join("+")} ${coupon ? "with" : "without"} coupon`, segmentId: segment.id, channels, title: "{{name}}，好久不见", body: "送你一张 {{coupon}}", link: "/coupons", ...(coupon ? { couponTemplateId: template.id } : {}) }));
  const created = Date.now() - t;
  t = Date.now();
  await runDeliveryJob(delivery.jobId);
  const ms = Date.now() - t;
  const { rows } = await pgPool().query<{ messages: number; shoppers: number; coupons: number; emails: number; capped: number }>(
    `SELECT count(*)::int AS messages, count(DISTINCT "shopperId")::int AS shoppers, (SELECT count(*)::int FROM "DeliveryRecipient" WHERE "deliveryId" = $1 AND "couponId" IS NOT NULL) AS coupons,
            (SELECT count(*)::int FROM "ProviderSend" WHERE "deliveryId" = $1 AND channel = 'EMAIL') AS emails,
            (SELECT count(*)::int FROM "DeliveryRecipient" WHERE "deliveryId" = $1 AND reason = 'FREQUENCY_CAP') AS capped FROM "Message" WHERE "deliveryId" = $1`,
    [delivery.id],
  );
  console.log(`delivery to ${N.toLocaleString()} shoppers, ${channels.join(" + ").toLowerCase()}${coupon ? " + coupon" : ""}: created (audience checked) in ${created} ms · sent in ${(ms / 1000).toFixed(1)} s (${Math.round(N / (ms / 1000)).toLocaleString()} / s) · messages ${rows[0].messages.toLocaleString()} to ${rows[0].shoppers.toLocaleString()} shoppers · coupons ${rows[0].coupons.toLocaleString()} · emails recorded ${rows[0].emails.toLocaleString()}${rows[0].capped ? ` · skipped by the frequency cap (${FREQUENCY_CAP_PER_DAY} a day per channel, reached by the runs above) ${rows[0].capped.toLocaleString()}` : ""}`);
}
await closeQueues();
await db.$disconnect();
await pgPool().end();
process.exit(0);
