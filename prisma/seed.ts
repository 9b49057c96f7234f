// Demo data: resets the database named by DATABASE_URL and fills it so the app feels real.
// Run: npm run db:seed (setup.sh does it after migrating).
import { redis } from "@/lib/redis/client";
import "dotenv/config";
import { addGrowth, addPoints } from "@/lib/members/points-ledger";
import { blocksSchema } from "@/lib/pages/page-blocks";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/passwords";
import { promotionRulesSchemas } from "@/lib/pricing/promotion-rules";
import { audienceSchema, limitsSchema, scopeSchema, stackingSchema } from "@/lib/pricing/promotion-config";
import { scopeLinkRows } from "@/lib/promotions/scope-links";
import { seedCategories, seedProducts, seedShops, type ShopKey } from "./seed-data/catalogue";
import { DEMO_PASSWORD, seedShoppers, seedStaff } from "./seed-data/people";
import { seedCouponTemplates, seedPromotions } from "./seed-data/promotions";
import { seedDemoOrders } from "./seed-data/demo-orders";
import { closeQueues } from "@/lib/jobs/queues";

const HOUR = 3600_000;
const now = Date.now();
const at = (hours: number) => new Date(now + hours * HOUR);

async function reset() {
  const tables = await db.$queryRaw<{ tablename: string }[]>`SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

/** Member prices for SKUs that have a floor: V2 5% off, V3 10% off, never below the floor. */
function memberPricesFor(price: number, floor?: number) {
  if (!floor) return {};
  const level = (percent: number) => Math.max(floor, price - Math.floor((price * percent) / 100));
  return { V2: level(5), V3: level(10) };
}

async function main() {
  await reset();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.platform.create({ data: { name: "Promo Hub 平台", orderTimeoutMinutes: 30 } });

  const shopIds = {} as Record<ShopKey, string>;
  for (const [key, s] of Object.entries(seedShops) as [ShopKey, (typeof seedShops)[ShopKey]][]) {
    shopIds[key] = (await db.shop.create({ data: s })).id;
  }

  const categoryIds: Record<string, string> = {};
  const paths: Record<string, string> = {};
  let order = 0;
  for (const [key, [name, nameEn, parent]] of Object.entries(seedCategories)) {
    const id = randomUUID();
    paths[key] = `${parent ? paths[parent] : "/"}${id}/`;
    await db.category.create({ data: { id, name, nameEn, parentId: parent ? categoryIds[parent] : null, path: paths[key], sortOrder: order++ } });
    categoryIds[key] = id;
  }

  const skuIds: Record<string, string> = {};
  for (const p of seedProducts) {
    const product = await db.product.create({
      data: {
        shopId: shopIds[p.shop],
        categoryId: categoryIds[p.category],
        name: p.name,
        nameEn: p.nameEn,
        description: p.description ?? `${p.name} · ${seedShops[p.shop].name} 官方正品`,
        imageUrl: `/products/${p.slug}.svg`,
        excludedFromPromotions: p.excluded ?? false,
        skus: {
          create: p.skus.map((s) => ({
            shopId: shopIds[p.shop],
            code: s.code,
            name: s.name,
            price: s.price,
            stock: s.stock,
            floorPrice: s.floorPrice ?? null,
            memberPrices: memberPricesFor(s.price, s.floorPrice),
            excludedFromPromotions: p.excluded ?? false,
          })),
        },
      },
      include: { skus: true },
    });
    for (const s of product.skus) skuIds[s.code] = s.id;
  }

  for (const s of seedStaff) {
    await db.staffUser.create({ data: { email: s.email, name: s.name, role: s.role, shopId: s.shop ? shopIds[s.shop] : null, passwordHash } });
  }
  const shopperIds: Record<string, string> = {};
  for (const s of seedShoppers) {
    const { points, growth, ...person } = s;
    const row = await db.shopper.create({ data: { ...person, birthday: new Date(`${s.birthday}T00:00:00Z`), passwordHash } });
    // balances come from the ledger: the demo's history starts with an opening row
    await db.$transaction(async (tx) => {
      await addPoints(tx, { shopperId: row.id, amount: points, reason: "OPENING", sourceId: "opening" });
      await addGrowth(tx, { shopperId: row.id, amount: growth, reason: "OPENING", sourceId: "opening" });
    });
    shopperIds[s.email] = row.id;
  }

  const toIds = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(toIds) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => (k === "skuCode" ? ["skuId", skuIds[x as string]] : [k, toIds(x)]))) : v;
  const platformAdmin = await db.staffUser.findUniqueOrThrow({ where: { email: "admin@platform.test" } });

  for (const sp of seedPromotions) {
    const rules = promotionRulesSchemas[sp.type].parse(toIds(sp.rules));
    const scope = scopeSchema.parse({
      all: sp.scope.all,
      skuIds: sp.scope.skuCodes?.map((c) => skuIds[c]),
      categoryIds: sp.scope.categories?.map((c) => categoryIds[c]),
      excludeSkuIds: sp.scope.excludeSkuCodes?.map((c) => skuIds[c]),
    });
    const stacking = stackingSchema.parse(sp.stacking ?? {});
    const links = scopeLinkRows(scope, rules);
    const promo = await db.promotion.create({
      data: {
        shopId: sp.shop ? shopIds[sp.shop] : null,
        name: sp.name,
        type: sp.type,
        status: sp.status,
        startsAt: at(sp.from),
        endsAt: at(sp.to),
        previewAt: sp.preview !== undefined ? at(sp.preview) : null,
        audience: audienceSchema.parse(sp.audience ?? {}),
        scope,
        scopeAll: links.scopeAll,
        rules,
        limits: limitsSchema.parse(sp.limits ?? {}),
        stacking,
        exclusiveGroup: stacking.exclusiveGroup ?? null,
        labelPriority: sp.labelPriority ?? 0,
        rejectReason: sp.status === "REJECTED" ? sp.reason : null,
        terminateReason: sp.status === "TERMINATED" ? sp.reason : null,
        endReason: sp.status === "ENDED" ? "TIME" : sp.status === "TERMINATED" ? "TERMINATED" : null,
        submittedAt: sp.status === "DRAFT" ? null : at(-48),
        approvedAt: ["APPROVED", "SCHEDULED", "ACTIVE", "ENDED", "TERMINATED"].includes(sp.status) ? at(-47) : null,
        approvedById: ["APPROVED", "SCHEDULED", "ACTIVE", "ENDED", "TERMINATED"].includes(sp.status) ? platformAdmin.id : null,
        skus: { create: links.skus },
        categories: { create: links.categoryIds.map((categoryId) => ({ categoryId })) },
        variants: { create: (sp.variants ?? []).map((v) => ({ key: v.key, name: v.key, weight: v.weight, rules: promotionRulesSchemas[sp.type].parse(toIds(v.rules)) })) },
      },
    });
    await db.auditLog.create({
      data: { actorType: "SYSTEM", actorId: "seed", actorName: "seed", shopId: promo.shopId, action: "create", entity: "promotion", entityId: promo.id, after: { name: promo.name, status: promo.status } },
    });
  }

  const templateIds: Record<string, string> = {};
  for (const t of seedCouponTemplates) {
    const { key, shop, exchangeSkuCode, audience, ...rest } = t as typeof t & { exchangeSkuCode?: string; audience?: object };
    const row = await db.couponTemplate.create({
      data: {
        ...rest,
        shopId: shop ? shopIds[shop as ShopKey] : null,
        exchangeSkuId: exchangeSkuCode ? skuIds[exchangeSkuCode] : null,
        audience: audience ?? {},
        scope: { all: true },
        description: `${t.name}，领取后 ${t.validDays} 天内有效`,
      },
    });
    templateIds[key] = row.id;
    await db.couponCampaign.create({
      data: {
        templateId: row.id,
        shopId: row.shopId,
        name: `${t.name} 限时领`,
        claimStartsAt: at(-24),
        claimEndsAt: at(24 * 10),
        positions: ["home", "coupon-center", "product", "cart"],
        audience: audience ?? {},
        totalQuantity: Math.min(t.totalQuantity, 2000),
        perUserLimit: 1,
      },
    });
  }

  // A few coupons already in shoppers' hands: usable, expiring soon, and expired.
  const give = async (email: string, key: string, validFromH: number, validToH: number, state: "UNUSED" | "EXPIRED" = "UNUSED") => {
    await db.userCoupon.create({ data: { templateId: templateIds[key], shopperId: shopperIds[email], source: "GRANT", state, validFrom: at(validFromH), validTo: at(validToH), grantedBy: "seed" } });
    await db.couponTemplate.update({ where: { id: templateIds[key] }, data: { issuedCount: { increment: 1 } } });
  };
  await give("bob@demo.test", "plat-200-20", -24, 24 * 6);
  await give("bob@demo.test", "tech-500-50", -24, 48);
  await give("carol@demo.test", "tech-90", -24, 24 * 10);
  await give("carol@demo.test", "fresh-30-5", -24 * 10, -24, "EXPIRED");
  await give("dave@demo.test", "plat-200-20", -24, 24 * 5);
  await give("dave@demo.test", "trendy-ship", -24, 24 * 20);

  await db.segment.create({ data: { name: "高价值客户 High value", kind: "RULES", rules: { tags: ["high-value"] } } });
  await db.segment.create({ data: { name: "新客 New customers", kind: "RULES", rules: { newUsers: true } } });
  const silent = await db.segment.create({ data: { name: "沉睡用户名单 Silent list", kind: "LIST" } });
  await db.segmentMember.create({ data: { segmentId: silent.id, shopperId: shopperIds["frank@demo.test"] } });

  await seedDemoOrders(skuIds);

  // user operations (SPEC §9): the invite programme on, two automations running, demo phones for SMS
  await db.inviteProgram.create({ data: { id: "platform", active: true, couponTemplateId: templateIds["plat-200-20"], points: 200, capPerInviter: 20, holdDays: 7 } });
  await db.automation.create({ data: { name: "购物车提醒 Cart reminder", trigger: "ABANDONED_CART", wait: 4, channels: ["INBOX"], title: "{{name}}，购物车里的好物还在等你", body: "你挑好的商品还在购物车里，库存有限，别错过。", link: "/cart", createdBy: platformAdmin.id } });
  await db.automation.create({ data: { name: "生日礼 Birthday gift", trigger: "BIRTHDAY", wait: 3, channels: ["INBOX", "EMAIL"], title: "{{name}}，生日快乐！", body: "{{shop}}为你准备了生日礼：{{coupon}}。", link: "/coupons", couponTemplateId: templateIds["plat-200-20"], createdBy: platformAdmin.id } });
  // member levels (SPEC §10): thresholds by growth, a monthly pack from 黄金, free shipping at 黑钻
  const levels = [
    { key: "V0", name: "普通会员", nameEn: "Member", growthMin: 0 },
    { key: "V1", name: "白银会员", nameEn: "Silver", growthMin: 500 },
    { key: "V2", name: "黄金会员", nameEn: "Gold", growthMin: 5000, packTemplateIds: [templateIds["plat-200-20"]] },
    { key: "V3", name: "铂金会员", nameEn: "Platinum", growthMin: 20000, packTemplateIds: [templateIds["plat-200-20"]] },
    { key: "V4", name: "黑钻会员", nameEn: "Black diamond", growthMin: 100000, packTemplateIds: [templateIds["plat-200-20"]], freeShipping: true },
  ];
  for (const l of levels) await db.memberLevel.create({ data: l });
  // member engagement (SPEC §10): a points-mall coupon, a lucky wheel open for two months
  const mallTpl = await db.couponTemplate.create({ data: { name: "积分兑换 ¥5 无门槛 Points ¥5", kind: "AMOUNT_OFF", amountOff: 500, threshold: 0, totalQuantity: 10_000, validDays: 30, stacksWithPromotions: true, platformShare: 100, shopShare: 0 } });
  await db.pointsProduct.create({ data: { name: "¥5 无门槛券", nameEn: "¥5 coupon, no minimum", kind: "COUPON", couponTemplateId: mallTpl.id, pointsCost: 100, stock: 1000, perUserLimit: 5, createdBy: platformAdmin.id } });
  await db.lottery.create({
    data: {
      name: "幸运大转盘", nameEn: "Lucky wheel", startsAt: new Date(Date.now() - 86_400_000), endsAt: new Date(Date.now() + 60 * 86_400_000), costPoints: 20, freePerDay: 1, budget: 100_000, createdBy: platformAdmin.id,
      prizes: { create: [
        { name: "¥5 券 ¥5 coupon", kind: "COUPON", weight: 15, stock: 500, couponTemplateId: mallTpl.id, value: 500, sort: 0 },
        { name: "50 积分 50 points", kind: "POINTS", weight: 25, stock: 5000, points: 50, sort: 1 },
        { name: "10 积分 10 points", kind: "POINTS", weight: 30, stock: 10000, points: 10, sort: 2 },
        { name: "谢谢参与 Thanks", kind: "THANKS", weight: 30, stock: null, sort: 3 },
      ] },
    },
  });
  // activity pages (SPEC §11): a 双11 main venue and a newcomers' corner, both live
  const venue = await db.promotion.findFirstOrThrow({ where: { shopId: null, status: "ACTIVE" }, orderBy: { labelPriority: "desc" }, select: { id: true } });
  const newbieSkus = await db.sku.findMany({ where: { price: { lte: 5000 } }, orderBy: { price: "asc" }, take: 8, select: { id: true } });
  const demoPages = [
    { slug: "double11", title: "双11 主会场", blocks: [
      { id: "hero", type: "BANNER", image: "/banners/double11.svg", title: "双11 狂欢主会场", subtitle: "跨店满减 · 限时秒杀 · 大额神券", link: `/promotions/${venue.id}` },
      { id: "tabs", type: "TABS", items: [{ label: "领券", target: "coupons" }, { label: "秒杀", target: "flash" }, { label: "爆款", target: "hot-items" }, { label: "规则", target: "rules" }] },
      { id: "timer", type: "COUNTDOWN", promotionId: venue.id, title: "跨店满减火热进行中" },
      { id: "coupons", type: "COUPON_STRIP", title: "先领券 再下单" },
      { id: "flash", type: "FLASH_STRIP", title: "整点秒杀" },
      { id: "hot-items", type: "PRODUCT_GRID", title: "爆款直降", source: { promotionId: venue.id }, sort: "deal-asc", limit: 12 },
      { id: "rules", type: "RICH_TEXT", html: "<h3>活动规则</h3><ul><li>活动时间以页面倒计时为准</li><li>满减与店铺券可叠加，详见结算页明细</li><li>退款按实付金额原路退回</li></ul>" },
    ] },
    { slug: "newcomer", title: "新人专区", blocks: [
      { id: "hero", type: "BANNER", image: "/banners/newcomer.svg", title: "新人专享", subtitle: "首单立减 · 无门槛券", link: "/coupons" },
      { id: "coupons", type: "COUPON_STRIP", title: "新人券" },
      { id: "picks", type: "PRODUCT_GRID", title: "新人好价", source: { skuIds: newbieSkus.map((x) => x.id) }, sort: "deal-asc", limit: 8 },
      { id: "rules", type: "RICH_TEXT", html: "<p>新人 = 还没有已支付的订单。新人价与新人券仅限首单使用。</p>" },
    ] },
  ];
  for (const pg of demoPages) {
    const blocks = blocksSchema.parse(pg.blocks);
    await db.activityPage.create({ data: { slug: pg.slug, title: pg.title, draft: blocks, createdBy: platformAdmin.id, versions: { create: { version: 1, title: pg.title, blocks, liveFrom: new Date(Date.now() - 60_000), createdBy: platformAdmin.id } } } });
  }
  for (const [i, email] of ["alice@demo.test", "bob@demo.test", "carol@demo.test"].entries()) await db.shopper.update({ where: { id: shopperIds[email] }, data: { phone: `1380000000${i + 1}` } });

  const counts = await Promise.all([db.shop.count(), db.product.count(), db.sku.count(), db.promotion.count(), db.couponTemplate.count(), db.shopper.count(), db.staffUser.count()]);
  console.log(`seeded: ${counts[0]} shops, ${counts[1]} products, ${counts[2]} SKUs, ${counts[3]} promotions, ${counts[4]} coupon templates, ${counts[5]} shoppers, ${counts[6]} staff`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await closeQueues();
    await db.$disconnect();
    // placing the demo orders noted them in the live counters (Redis): let the process end
    await redis.quit().catch(() => undefined);
  });
