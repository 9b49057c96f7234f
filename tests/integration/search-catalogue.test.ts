import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { searchCatalogue, searchQuerySchema } from "@/lib/catalogue/search-catalogue";
import { closeQueues } from "@/lib/jobs/queues";
import { makePromotion, makeShop, makeSku, resetDb } from "./fixtures";

// Issue 15 part 2: product search — keyword (zh, en, shop name), category with descendants, price
// range in yuan, in stock, on offer (SKU link, category, whole shop; excluded products never),
// sorts and paging; hostile query strings fall back instead of failing.

afterAll(closeQueues);

const search = (q: Record<string, unknown>, now?: Date) => searchCatalogue(searchQuerySchema.parse(q), now);
const names = (r: Awaited<ReturnType<typeof searchCatalogue>>) => r.items.map((i) => i.name);

describe("product search", () => {
  beforeEach(resetDb);

  async function catalogue() {
    const shop = await makeShop("搜索数码店");
    const other = await makeShop("Fashion House");
    const root = await db.category.create({ data: { name: "数码", path: "/tmp-root/" } });
    const child = await db.category.create({ data: { name: "手机", parentId: root.id, path: "/tmp-root/tmp-child/" } });
    const clothes = await db.category.create({ data: { name: "服饰", path: "/tmp-clothes/" } });
    const mk = async (shopId: string, name: string, nameEn: string, price: number, categoryId: string, o: { stock?: number; excluded?: boolean } = {}) => {
      const sku = await makeSku(shopId, price, { stock: o.stock ?? 10 });
      await db.product.update({ where: { id: sku.productId }, data: { name, nameEn, categoryId, excludedFromPromotions: o.excluded ?? false } });
      return sku;
    };
    const phone = await mk(shop.id, "星河手机", "Galaxy phone", 199_900, child.id);
    const case_ = await mk(shop.id, "手机壳 100%硅胶", "Phone case", 5_900, child.id);
    const cable = await mk(shop.id, "数据线", "Cable", 2_900, root.id, { stock: 0 });
    const shirt = await mk(other.id, "纯棉T恤", "Cotton tee", 7_900, clothes.id);
    const excluded = await mk(other.id, "限量T恤", "Limited tee", 9_900, clothes.id, { excluded: true });
    return { shop, other, root, child, clothes, phone, case_, cable, shirt, excluded };
  }

  it("keyword in either language or the shop's name; % and _ are letters, not wildcards", async () => {
    await catalogue();
    expect(names(await search({ q: "手机" })).sort()).toEqual(["手机壳 100%硅胶", "星河手机"].sort());
    expect(names(await search({ q: "PHONE" })).sort()).toEqual(["手机壳 100%硅胶", "星河手机"].sort());
    expect(names(await search({ q: "fashion house" })).sort()).toEqual(["纯棉T恤", "限量T恤"].sort());
    expect(names(await search({ q: "100%" }))).toEqual(["手机壳 100%硅胶"]);
    expect((await search({ q: "%" })).total).toBe(1);
    expect((await search({ q: "_" })).total).toBe(0);
    // the shop name matches too; equal matches keep the catalogue order
    expect(names(await search({ q: "数码" }))).toEqual(["星河手机", "手机壳 100%硅胶", "数据线"]);
  });

  it("category includes its descendants; price range is in yuan on the cheapest SKU; in stock", async () => {
    const c = await catalogue();
    expect(names(await search({ category: c.root.id })).sort()).toEqual(["手机壳 100%硅胶", "数据线", "星河手机"].sort());
    expect(names(await search({ category: c.child.id })).sort()).toEqual(["手机壳 100%硅胶", "星河手机"].sort());
    expect(names(await search({ min: "29", max: "79" })).sort()).toEqual(["手机壳 100%硅胶", "数据线", "纯棉T恤"].sort());
    expect(names(await search({ min: "29.01", max: "79" })).sort()).toEqual(["手机壳 100%硅胶", "纯棉T恤"].sort());
    expect(names(await search({ category: c.root.id, inStock: "1" })).sort()).toEqual(["手机壳 100%硅胶", "星河手机"].sort());
    expect((await search({ category: "no-such-category" })).total).toBe(0);
  });

  it("on offer: a live promotion linking the SKU, covering the category or the whole shop (platform too); never an excluded product; not an ended or draft one", async () => {
    const c = await catalogue();
    expect((await search({ onOffer: "1" })).total).toBe(0);
    await makePromotion({ shopId: c.shop.id, type: "DISCOUNT", rules: { items: [{ skuId: c.phone.id, percentOff: 10 }] }, scope: { skuIds: [c.phone.id] } });
    await makePromotion({ shopId: c.shop.id, type: "FULL_REDUCTION", rules: { tiers: [{ threshold: 10_000, off: 1_000 }] }, status: "DRAFT" });
    await makePromotion({ shopId: c.other.id, type: "FULL_REDUCTION", rules: { tiers: [{ threshold: 10_000, off: 1_000 }] }, endsAt: new Date(Date.now() - 1000), startsAt: new Date(Date.now() - 7_200_000) });
    expect(names(await search({ onOffer: "1" }))).toEqual(["星河手机"]);
    const cat = await makePromotion({ shopId: c.shop.id, type: "FULL_REDUCTION", rules: { tiers: [{ threshold: 10_000, off: 1_000 }] }, scope: {} });
    await db.promotionCategory.create({ data: { promotionId: cat.id, categoryId: c.root.id } });
    expect(names(await search({ onOffer: "1" })).sort()).toEqual(["手机壳 100%硅胶", "数据线", "星河手机"].sort());
    await makePromotion({ shopId: null, type: "SHIPPING", rules: { threshold: 0 }, scope: { all: true } });
    expect(names(await search({ onOffer: "1" })).sort()).toEqual(["手机壳 100%硅胶", "数据线", "星河手机", "纯棉T恤"].sort());
  });

  it("sorts by price both ways and by newest; pages of 24 with the total", async () => {
    const c = await catalogue();
    expect(names(await search({ sort: "price-asc" }))).toEqual(["数据线", "手机壳 100%硅胶", "纯棉T恤", "限量T恤", "星河手机"]);
    expect(names(await search({ sort: "price-desc" }))).toEqual(["星河手机", "限量T恤", "纯棉T恤", "手机壳 100%硅胶", "数据线"]);
    expect(names(await search({ sort: "newest" }))[0]).toBe("限量T恤");
    for (let i = 0; i < 25; i++) await makeSku(c.shop.id, 100 + i);
    const p1 = await search({ sort: "price-asc" });
    const p2 = await search({ sort: "price-asc", page: "2" });
    expect([p1.total, p1.pages, p1.items.length, p2.items.length]).toEqual([30, 2, 24, 6]);
    expect(new Set([...p1.items, ...p2.items].map((i) => i.id)).size).toBe(30);
    expect(p1.items[0].minPrice).toBe(100);
  });

  it("hostile query strings fall back to no filter instead of failing", () => {
    const q = searchQuerySchema.parse({ q: "a\0b".repeat(10), sort: "DROP TABLE", min: "-5", max: "1e400", page: "0", inStock: "yes", category: "x".repeat(500) });
    expect(q).toEqual({ q: "ababababababababababab".slice(0, 20), sort: "relevance", min: undefined, max: undefined, page: 1, inStock: undefined, onOffer: undefined, category: undefined });
  });
});
