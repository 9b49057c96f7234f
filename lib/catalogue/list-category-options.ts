import { db } from "@/lib/db/client";

/** The category tree as indented choices ("数码 › 手机"). */
export async function listCategoryOptions(locale: "zh" | "en") {
  const rows = await db.category.findMany({ orderBy: [{ sortOrder: "asc" }] });
  const byId = new Map(rows.map((c) => [c.id, c]));
  const label = (c: (typeof rows)[number]) => (locale === "en" && c.nameEn ? c.nameEn : c.name);
  return rows.map((c) => ({ id: c.id, label: c.parentId && byId.get(c.parentId) ? `${label(byId.get(c.parentId)!)} › ${label(c)}` : label(c) }));
}
