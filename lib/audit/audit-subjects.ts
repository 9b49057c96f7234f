import { db } from "@/lib/db/client";
import { formatYuan } from "@/lib/pricing/money";

type Entry = { entity: string; entityId: string };
export type AuditSubject = { name: string | null; href: string | null };

/**
 * What an audit entry is about, by name and with a link where the console has a page for it —
 * so the log reads "发放 · 券模板 数码满500减50", never a raw id (issue 11 #10). One query per
 * entity kind present on the page; a deleted or unknown subject reads as its kind alone.
 */
export async function auditSubjects(entries: Entry[]): Promise<Record<string, AuditSubject>> {
  const ids = (entity: string) => [...new Set(entries.filter((e) => e.entity === entity).map((e) => e.entityId))];
  const none = Promise.resolve([] as { id: string; name: string }[]);
  const q = (entity: string, find: (ids: string[]) => Promise<{ id: string; name: string }[]>) => (ids(entity).length ? find(ids(entity)) : none);
  const [promotions, templates, campaigns, staff, shops, apiKeys, shoppers, products, categories, refunds] = await Promise.all([
    q("promotion", (i) => db.promotion.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })),
    q("couponTemplate", (i) => db.couponTemplate.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })),
    q("couponCampaign", async (i) => (await db.couponCampaign.findMany({ where: { id: { in: i } }, select: { id: true, template: { select: { name: true } } } })).map((c) => ({ id: c.id, name: c.template.name }))),
    q("staff", (i) => db.staffUser.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })),
    q("shop", (i) => db.shop.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })),
    q("apiKey", (i) => db.apiKey.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })),
    q("shopper", (i) => db.shopper.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })),
    q("product", (i) => db.product.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })),
    q("category", (i) => db.category.findMany({ where: { id: { in: i } }, select: { id: true, name: true } })),
    q("refund", async (i) => (await db.refund.findMany({ where: { id: { in: i } }, select: { id: true, amount: true, order: { select: { shopper: { select: { name: true } } } } } })).map((r) => ({ id: r.id, name: `${r.order.shopper.name} ${formatYuan(r.amount)}` }))),
  ]);
  const out: Record<string, AuditSubject> = {};
  const put = (entity: string, rows: { id: string; name: string }[], href: (id: string) => string | null) => {
    for (const r of rows) out[`${entity}:${r.id}`] = { name: r.name, href: href(r.id) };
  };
  put("promotion", promotions, (id) => `/admin/promotions/${id}`);
  put("couponTemplate", templates, (id) => `/admin/coupons/${id}`);
  put("couponCampaign", campaigns, () => null);
  put("staff", staff, () => "/admin/staff");
  put("shop", shops, () => null);
  put("apiKey", apiKeys, () => "/admin/staff");
  put("shopper", shoppers, () => "/admin/shoppers");
  put("product", products, () => "/admin/products");
  put("category", categories, () => null);
  put("refund", refunds, () => "/admin/refunds");
  return out;
}

export const subjectKey = (e: Entry) => `${e.entity}:${e.entityId}`;

/** An actor's name as people read it: an API key's audit name ("key:<name>") without the prefix (its kind is shown beside it). */
export const actorName = (name: string) => (name.startsWith("key:") ? name.slice(4) : name);
