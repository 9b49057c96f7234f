import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPage, getPage, livePage, publishPage, rollbackPage, saveDraft } from "@/lib/pages/page-actions";
import { pageData } from "@/lib/pages/page-data";
import { savePageBodySchema } from "@/lib/pages/page-blocks";
import { closeQueues } from "@/lib/jobs/queues";
import { pageReport } from "@/lib/pages/page-report";
import { pageEditorOptions } from "@/lib/pages/page-editor-options";
import { makePromotion, makeShop, makeShopper, makeSku, makeStaff, resetDb } from "./fixtures";

// Issue 15 (part): activity pages — blocks validated by one schema, drafts, publish now or at a
// time, versions with rollback, the live page priced for the viewer; bad input named, nothing saved.

afterAll(closeQueues);

describe("activity pages", () => {
  beforeEach(resetDb);

  it("draft → publish → scheduled version → rollback; the live page's grid is priced by the engine for the viewer", async () => {
    const shop = await makeShop("装修店");
    const op = await makeStaff("OPERATOR", shop.id);
    const a = await makeSku(shop.id, 10_000);
    const b = await makeSku(shop.id, 5_000);
    const promo = await makePromotion({ shopId: shop.id, type: "DISCOUNT", rules: { percentOff: 20 }, scope: { all: true }, status: "ACTIVE" });
    const body = savePageBodySchema.parse({
      slug: "shop-sale", title: "店铺大促",
      blocks: [
        { id: "hero", type: "BANNER", image: "/banners/double11.svg", title: "大促" },
        { id: "grid", type: "PRODUCT_GRID", source: { promotionId: promo.id }, sort: "deal-asc", limit: 10 },
        { id: "rules", type: "RICH_TEXT", html: '<p style="color:red">规则 <a href="https://evil.example">外链</a> <a href="/coupons">领券</a></p><iframe src="/x"></iframe>' },
      ],
    });
    // rich text keeps our links, drops foreign links, styles and frames
    expect((body.blocks[2] as { html: string }).html).toBe('<p>规则  <a href="/coupons">领券</a></p>');
    const page = await createPage(op, body);
    expect(await livePage("shop-sale")).toBeNull(); // a draft is not live
    const t0 = new Date();
    await publishPage(op, page.id, undefined, t0);
    const live = (await livePage("shop-sale", t0))!;
    expect(live.version).toBe(1);
    const viewer = await makeShopper();
    const [, grid] = await pageData(live.blocks, viewer.id, "zh", t0);
    expect(("items" in grid ? (grid.items ?? []) : []).map((i) => [i.skuId, i.dealPrice])).toEqual([[b.id, 4_000], [a.id, 8_000]]);

    // a new draft scheduled for tomorrow: version 1 stays live until then
    await saveDraft(op, page.id, { ...body, title: "店铺大促 第二波" });
    const tomorrow = new Date(t0.getTime() + 86_400_000);
    await publishPage(op, page.id, tomorrow, t0);
    expect((await livePage("shop-sale", t0))!.version).toBe(1);
    expect((await livePage("shop-sale", new Date(tomorrow.getTime() + 1000)))!).toMatchObject({ version: 2, title: "店铺大促 第二波" });
    await expect(publishPage(op, page.id, new Date(t0.getTime() - 3_600_000), t0)).rejects.toMatchObject({ fields: { at: "is in the past" } });
    // roll back to version 1: a new version 3, live now
    const later = new Date(tomorrow.getTime() + 2000);
    await rollbackPage(op, page.id, 1, later);
    expect((await livePage("shop-sale", new Date(later.getTime() + 1)))!).toMatchObject({ version: 3, title: "店铺大促" });
    expect((await getPage(op, page.id, new Date(later.getTime() + 1))).versions.map((v) => [v.version, v.live, v.restoredFrom])).toEqual([[3, true, 1], [2, false, null], [1, false, null]]);
    expect(await db.auditLog.count({ where: { entityId: page.id } })).toBe(5);
  });

  it("bad input: an unknown block, scripts in rich text, a taken slug, another shop's promotion — named, nothing saved", async () => {
    const shop = await makeShop("A");
    const op = await makeStaff("OPERATOR", shop.id);
    const bad = (o: Record<string, unknown>) => savePageBodySchema.safeParse({ slug: "ok-slug", title: "t", blocks: [], ...o }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(bad({ blocks: [{ id: "x1234", type: "VIDEO" }] })?.[0]).toMatch(/^blocks\.0\.type: an unknown block type/);
    expect(bad({ blocks: [{ id: "x1234", type: "RICH_TEXT", html: "<script>alert(1)</script>" }] })).toEqual(["blocks.0.html: scripts are not allowed in rich text"]);
    expect(bad({ slug: "Bad Slug" })).toEqual(["slug: 3–60 lowercase letters, digits and dashes"]);
    expect(bad({ blocks: [{ id: "tabs1", type: "TABS", items: [{ label: "a", target: "nope1" }, { label: "b", target: "tabs1" }] }] })).toEqual(["blocks.0.items.0.target: no block has this id"]);
    const theirs = await makePromotion({ shopId: (await makeShop("B")).id, type: "DISCOUNT", rules: { percentOff: 10 }, scope: { all: true }, status: "ACTIVE" });
    await expect(createPage(op, savePageBodySchema.parse({ slug: "mine", title: "t", blocks: [{ id: "grid1", type: "PRODUCT_GRID", source: { promotionId: theirs.id } }] }))).rejects.toMatchObject({ fields: { "blocks.0.source.promotionId": "no such promotion" } });
    await createPage(op, savePageBodySchema.parse({ slug: "taken", title: "t", blocks: [] }));
    await expect(createPage(op, savePageBodySchema.parse({ slug: "taken", title: "t2", blocks: [] }))).rejects.toMatchObject({ fields: { slug: "is taken by another page" } });
    expect(await db.activityPage.count()).toBe(1);
  });

  it("views: counted by the page's beacon (live pages only), reported per day in the platform zone; another shop's staff cannot read the report", async () => {
    const shop = await makeShop("报表店");
    const op = await makeStaff("OPERATOR", shop.id);
    const page = await createPage(op, savePageBodySchema.parse({ slug: "report-page", title: "报表页", blocks: [{ id: "txt1", type: "RICH_TEXT", html: "<p>hi</p>" }] }));
    const { POST } = await import("@/app/api/pages/[slug]/views/route");
    const beacon = (slug: string) => POST.raw({ method: "POST", url: new URL(`http://x/api/pages/${slug}/views`), header: () => null, cookies: new Map(), text: async () => "", ip: "t" } as never, { slug });
    expect((await beacon("report-page")).status).toBe(404); // a draft: nothing counted
    await publishPage(op, page.id, undefined);
    for (let i = 0; i < 3; i++) expect((await beacon("report-page")).status).toBe(200);
    expect((await beacon("no-such-page")).status).toBe(404);
    // two days ago, in Shanghai: 2026-11-27
    const now = new Date("2026-11-29T10:00:00Z");
    await db.activityPageView.create({ data: { pageId: page.id, day: "2026-11-27", views: 5 } });
    await db.activityPageView.create({ data: { pageId: page.id, day: "2026-10-01", views: 100 } }); // outside 30 days
    const r = await pageReport(op, page.id, now);
    expect(r.series).toHaveLength(30);
    expect(r.series.at(-1)!.day).toBe("2026-11-29");
    expect(r.series.find((d) => d.day === "2026-11-27")!.views).toBe(5);
    const counted = await db.activityPageView.findFirstOrThrow({ where: { pageId: page.id, day: { notIn: ["2026-11-27", "2026-10-01"] } } });
    expect(counted.views).toBe(3);
    expect(r.totalViews).toBe(108);
    const stranger = await makeStaff("ADMIN", (await makeShop("别家")).id);
    await expect(pageReport(stranger, page.id, now)).rejects.toMatchObject({ status: 404 });
  });

  it("the editor's pickers offer own-shop and platform promotions and campaigns, and name picked SKUs", async () => {
    const shop = await makeShop("选项店");
    const other = await makeShop("别店");
    const op = await makeStaff("OPERATOR", shop.id);
    const mine = await makePromotion({ shopId: shop.id, type: "DISCOUNT", rules: { percentOff: 10 }, scope: { all: true }, status: "ACTIVE" });
    const theirs = await makePromotion({ shopId: other.id, type: "DISCOUNT", rules: { percentOff: 10 }, scope: { all: true }, status: "ACTIVE" });
    const sku = await makeSku(shop.id, 1000);
    const o = await pageEditorOptions(op, [{ id: "grid1", type: "PRODUCT_GRID", source: { skuIds: [sku.id] }, sort: "deal-asc", limit: 4 }], "zh");
    expect(o.promotions.map((p) => p.id)).toContain(mine.id);
    expect(o.promotions.map((p) => p.id)).not.toContain(theirs.id);
    expect(o.skuLabels[sku.id]).toMatch(/^P\d+/);
  });
});
