import { pgPool } from "@/lib/db/pg-pool";
import { notFound } from "@/lib/api/errors";
import type { CandidateCoupon, ShopperContext } from "@/lib/pricing/pricing-input";
import type { TemplateInfo } from "./load-coupon-templates";

type Row = {
  shopper: { id: string; memberLevel: string; tags: string[]; region: string | null; firstOrderDone: boolean; freeShipping: boolean } | null;
  coupons: { id: string; templateId: string; validFrom: number; validTo: number; state: CandidateCoupon["state"] }[] | null;
  usage: { promotionId: string; orders: number; units: number }[] | null;
};

// Prisma keeps timestamps as UTC "timestamp without time zone"; epoch milliseconds avoid parsing
const SQL = `SELECT
  (SELECT json_build_object('id', s.id, 'memberLevel', s."memberLevel", 'tags', s.tags, 'region', s.region, 'firstOrderDone', s."firstOrderDone",
                           'freeShipping', coalesce((SELECT l."freeShipping" FROM "MemberLevel" l WHERE l.key = s."memberLevel"), false))
     FROM "Shopper" s WHERE s.id = $1) AS shopper,
  (SELECT json_agg(json_build_object('id', c.id, 'templateId', c."templateId", 'validFrom', (extract(epoch from c."validFrom" AT TIME ZONE 'UTC') * 1000)::bigint, 'validTo', (extract(epoch from c."validTo" AT TIME ZONE 'UTC') * 1000)::bigint, 'state', c.state))
     FROM "UserCoupon" c WHERE c."shopperId" = $1 AND (c.state = 'UNUSED' OR c.id = ANY($3::text[]))) AS coupons,
  (SELECT json_agg(json_build_object('promotionId', u."promotionId", 'orders', u.orders, 'units', u.units))
     FROM (SELECT "promotionId", count(*)::int AS orders, coalesce(sum(units), 0)::int AS units FROM "PromotionParticipation"
            WHERE "shopperId" = $1 AND "promotionId" = ANY($2::text[]) AND status <> 'RELEASED' GROUP BY "promotionId") u) AS usage`;

/**
 * Everything about the shopper that pricing needs, in one round trip: the shopper, their unused
 * coupons (plus explicitly named ones whatever their state, to say why not), and how often they
 * already took part in each candidate promotion (orders not released, units). Coupon templates
 * come from `templates` (cached for previews, fresh for orders).
 */
export async function loadShopperContext(shopperId: string, promotionIds: string[], explicitCouponIds: string[], templates: (ids: string[]) => Promise<Map<string, TemplateInfo>>) {
  // a named statement: PostgreSQL parses and plans it once per connection
  const { rows } = await pgPool().query<Row>({ name: "pricing-shopper-context-2", text: SQL, values: [shopperId, promotionIds, explicitCouponIds] });
  const row = rows[0];
  if (!row.shopper) throw notFound("shopper");
  const s = row.shopper;
  const shopper: ShopperContext = { id: s.id, memberLevel: s.memberLevel, tags: s.tags, region: s.region, isNewUser: !s.firstOrderDone, ...(s.freeShipping ? { freeShipping: true } : {}) };
  const mine = row.coupons ?? [];
  const info = await templates([...new Set(mine.map((c) => c.templateId))]);
  const coupons: CandidateCoupon[] = mine
    .filter((c) => info.has(c.templateId))
    .map((c) => ({ ...info.get(c.templateId)!, id: c.id, validFrom: new Date(Number(c.validFrom)), validTo: new Date(Number(c.validTo)), state: c.state }))
    .sort((a, b) => a.validTo.getTime() - b.validTo.getTime() || (a.id < b.id ? -1 : 1));
  const usage = new Map((row.usage ?? []).map((u) => [u.promotionId, { orders: u.orders, units: u.units }]));
  return { shopper, coupons, usage };
}
