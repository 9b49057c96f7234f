import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getVenue } from "@/lib/catalogue/venue";
import { shopperOffers } from "@/lib/catalogue/shopper-offers";
import { couponCenter } from "@/lib/coupons/coupon-center";
import { localName } from "@/lib/i18n/local-name";
import type { Block } from "./page-blocks";
import { sanitizeRichText } from "./page-blocks";

type Locale = "zh" | "en";
export type GridItem = { id: string; skuId: string; name: string; imageUrl: string | null; shopName: string; price: number; dealPrice: number; inStock: boolean; labels: Awaited<ReturnType<typeof shopperOffers>>["labels"][string] };

/** Products of a category (with its sub-categories) or picked SKUs, with the viewer's 到手价. */
async function gridItems(where: Prisma.ProductWhereInput, skuFilter: string[] | null, viewer: string | null, locale: Locale, now: Date): Promise<GridItem[]> {
  const products = await db.product.findMany({
    where: { active: true, ...where },
    include: { skus: { where: skuFilter ? { id: { in: skuFilter } } : {}, orderBy: { price: "asc" }, select: { id: true, price: true, stock: true } }, shop: { select: { name: true, nameEn: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 60,
  });
  const shown = products.filter((p) => p.skus.length);
  const offers = await shopperOffers(viewer, shown.map((p) => p.skus[0].id), now);
  return shown.map((p) => ({ id: p.id, skuId: p.skus[0].id, name: localName(p, locale), imageUrl: p.imageUrl, shopName: localName(p.shop, locale), price: p.skus[0].price, dealPrice: offers.deals[p.skus[0].id]?.price ?? p.skus[0].price, inStock: p.skus.some((s) => s.stock > 0), labels: offers.labels[p.skus[0].id] ?? [] }));
}

async function sales(skuIds: string[]) {
  const rows = await db.orderLine.groupBy({ by: ["skuId"], where: { skuId: { in: skuIds } }, _sum: { quantity: true } });
  return new Map(rows.map((r) => [r.skuId, r._sum.quantity ?? 0]));
}

/**
 * Everything a live page shows, for the viewer (a shopper or a visitor): product grids priced by
 * the engine (到手价 with the viewer's level, coupons and new-customer offers), countdown targets,
 * the coupon strip from the coupon center, today's flash slots; rich text sanitised again.
 */
export async function pageData(blocks: Block[], viewer: string | null, locale: Locale, now = new Date()) {
  return Promise.all(
    blocks.map(async (b) => {
      switch (b.type) {
        case "PRODUCT_GRID": {
          let items: GridItem[];
          if ("promotionId" in b.source) items = (await getVenue(b.source.promotionId, { shopperId: viewer, cart: [], locale }, now))?.items ?? [];
          else if ("categoryId" in b.source) {
            const c = await db.category.findUnique({ where: { id: b.source.categoryId }, select: { path: true } });
            items = c ? await gridItems({ category: { path: { startsWith: c.path } } }, null, viewer, locale, now) : [];
          } else items = await gridItems({ skus: { some: { id: { in: b.source.skuIds } } } }, b.source.skuIds, viewer, locale, now);
          if (b.sort === "deal-asc") items.sort((x, y) => x.dealPrice - y.dealPrice);
          if (b.sort === "deal-desc") items.sort((x, y) => y.dealPrice - x.dealPrice);
          if (b.sort === "sales") {
            const sold = await sales(items.map((i) => i.skuId));
            items.sort((x, y) => (sold.get(y.skuId) ?? 0) - (sold.get(x.skuId) ?? 0));
          }
          return { block: b, items: items.slice(0, b.limit) };
        }
        case "COUNTDOWN": {
          const p = await db.promotion.findUnique({ where: { id: b.promotionId }, select: { id: true, name: true, startsAt: true, endsAt: true, status: true } });
          return { block: b, promotion: p && ["SCHEDULED", "ACTIVE"].includes(p.status) ? p : null };
        }
        case "COUPON_STRIP": {
          const center = await couponCenter(viewer ?? "", undefined, now);
          return { block: b, coupons: center.items.filter((c) => !b.campaignIds.length || b.campaignIds.includes(c.campaignId)).slice(0, 10) };
        }
        case "FLASH_STRIP": {
          const day = new Date(now.getTime() + 86_400_000);
          const slots = await db.promotion.findMany({ where: { type: "FLASH_SALE", status: { in: ["SCHEDULED", "ACTIVE"] }, startsAt: { lte: day }, endsAt: { gt: now } }, orderBy: { startsAt: "asc" }, take: 6, select: { id: true, name: true, startsAt: true, endsAt: true } });
          return { block: b, slots };
        }
        case "RICH_TEXT":
          return { block: { ...b, html: sanitizeRichText(b.html) } };
        default:
          return { block: b };
      }
    }),
  );
}
export type PageSection = Awaited<ReturnType<typeof pageData>>[number];
