import { db } from "@/lib/db/client";
import type { StaffActor } from "@/lib/auth/actor";
import { localName, skuLabel } from "@/lib/i18n/local-name";
import type { Block } from "./page-blocks";
import { pagePromotionOptions } from "./page-actions";

export type EditorOption = { id: string; label: string };
export type EditorOptions = { promotions: EditorOption[]; categories: EditorOption[]; campaigns: EditorOption[]; skuLabels: Record<string, string> };

/**
 * What the page editor's pickers offer: live or scheduled promotions and coupon campaigns of the
 * actor's shop and the platform, the category tree (sub-categories under their parent), and the
 * names of SKUs the draft already picks (new ones are found with GET /api/admin/products?q=).
 * The server checks every reference again at save (another shop's: a field error).
 */
export async function pageEditorOptions(actor: StaffActor, blocks: unknown[], locale: "zh" | "en", now = new Date()): Promise<EditorOptions> {
  const picked = (blocks as Block[]).flatMap((b) => (b.type === "PRODUCT_GRID" && "skuIds" in b.source ? b.source.skuIds : []));
  const own = actor.shopId ? { OR: [{ shopId: actor.shopId }, { shopId: null }] } : {};
  const [promotions, categories, campaigns, skus] = await Promise.all([
    pagePromotionOptions(actor),
    db.category.findMany({ orderBy: [{ path: "asc" }], select: { id: true, name: true, nameEn: true, path: true }, take: 500 }),
    db.couponCampaign.findMany({ where: { active: true, claimEndsAt: { gt: now }, ...own }, orderBy: { claimStartsAt: "asc" }, take: 100, select: { id: true, name: true, template: { select: { name: true } } } }),
    picked.length ? db.sku.findMany({ where: { id: { in: picked } }, select: { id: true, name: true, code: true, product: { select: { name: true, nameEn: true } } } }) : [],
  ]);
  return {
    promotions,
    categories: categories.map((c) => ({ id: c.id, label: `${"— ".repeat(Math.max(0, c.path.split("/").filter(Boolean).length - 1))}${localName(c, locale)}` })),
    campaigns: campaigns.map((c) => ({ id: c.id, label: c.name || c.template.name })),
    skuLabels: Object.fromEntries(skus.map((s) => [s.id, skuLabel(s.product, s.name || s.code, locale)])),
  };
}
