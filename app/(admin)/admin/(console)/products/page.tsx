import { adminMetadata } from "@/lib/seo/admin-metadata";
import Image from "next/image";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listProducts } from "@/lib/catalogue/list-products";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = () => adminMetadata("nav.products");

export default async function AdminProductsPage({ searchParams }: { searchParams: Promise<{ q?: string; cursor?: string }> }) {
  const { q, cursor } = await searchParams;
  const ctx = await getAdminContext();
  const t = await getTranslations();
  const locale = await getLocale();
  const { items, nextCursor } = await listProducts(ctx.actor, { q, cursor, shopId: ctx.viewShopId ?? undefined });
  return (
    <>
      <PageHeader title={t("nav.products")} subtitle={t("admin.productsSubtitle")} />
      <form className="mb-4 flex gap-2" role="search">
        <input name="q" defaultValue={q} placeholder={t("admin.searchProducts")} aria-label={t("admin.searchProducts")} className="w-full max-w-sm rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300 focus:ring-2 focus:ring-brand-500" />
        <button className="rounded-lg bg-slate-800 px-4 py-2 text-sm font-medium text-white">{t("common.search")}</button>
      </form>
      <Table
        head={[t("admin.colName"), t("admin.colShop"), t("admin.colCategory"), t("admin.colSkus"), t("admin.colPrice"), t("admin.colStock")]}
        empty={<EmptyState title={t("common.empty")} />}
      >
        {items.map((p) => {
          const prices = p.skus.map((s) => s.price);
          return (
            <tr key={p.id} className="hover:bg-slate-50">
              <Td>
                <div className="flex items-center gap-3">
                  {p.imageUrl && <Image src={p.imageUrl} alt="" width={40} height={40} className="rounded-md ring-1 ring-slate-200" unoptimized />}
                  <div>
                    <p className="font-medium text-slate-900">{locale === "en" && p.nameEn ? p.nameEn : p.name}</p>
                    {p.excludedFromPromotions && <Badge tone="amber">{t("admin.excluded")}</Badge>}
                  </div>
                </div>
              </Td>
              <Td>{p.shopName}</Td>
              <Td>{p.category ? (locale === "en" && p.category.nameEn ? p.category.nameEn : p.category.name) : "—"}</Td>
              <Td className="text-ink-muted">{p.skus.map((s) => s.code).join(", ")}</Td>
              <Td className="tabular-nums">
                {formatYuan(Math.min(...prices))}
                {Math.max(...prices) !== Math.min(...prices) && ` – ${formatYuan(Math.max(...prices))}`}
                {p.skus[0]?.floorPrice != null && <p className="text-xs text-ink-muted">{t("admin.floor", { price: formatYuan(p.skus[0].floorPrice) })}</p>}
              </Td>
              <Td className="tabular-nums">{p.skus.reduce((a, s) => a + s.stock, 0)}</Td>
            </tr>
          );
        })}
      </Table>
      {nextCursor && (
        <div className="mt-4 text-right">
          <Link className="text-sm font-medium text-brand-700 hover:underline" href={`?${new URLSearchParams({ ...(q ? { q } : {}), cursor: nextCursor })}`}>
            {t("common.next")} →
          </Link>
        </div>
      )}
    </>
  );
}
