import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { listCatalogue, listTopCategories } from "@/lib/catalogue/list-catalogue";
import { ProductCard } from "@/components/shop/product-card";
import { EmptyState } from "@/components/ui/empty-state";

export default async function ShopHomePage({ searchParams }: { searchParams: Promise<{ category?: string }> }) {
  const { category } = await searchParams;
  const t = await getTranslations("shop");
  const tc = await getTranslations("common");
  const locale = await getLocale();
  const [categories, products] = await Promise.all([listTopCategories(), listCatalogue({ categoryId: category })]);
  const label = (zh: string, en: string | null) => (locale === "en" && en ? en : zh);
  return (
    <>
      <section className="relative overflow-hidden rounded-2xl bg-gradient-to-r from-brand-600 via-rose-500 to-orange-400 p-6 text-white shadow">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("heroTitle")}</h1>
        <p className="mt-2 max-w-md text-white/90">{t("heroBody")}</p>
        <svg aria-hidden viewBox="0 0 200 200" className="absolute -right-6 -top-6 h-40 w-40 opacity-20">
          <circle cx="100" cy="100" r="80" fill="white" />
        </svg>
      </section>
      <nav aria-label={tc("all")} className="-mx-3 mt-4 flex gap-2 overflow-x-auto px-3 pb-1">
        <Link href="/" aria-current={!category ? "page" : undefined} className={`whitespace-nowrap rounded-full px-3 py-1.5 text-sm ${!category ? "bg-slate-900 text-white" : "bg-white text-slate-600 ring-1 ring-slate-200"}`}>
          {tc("all")}
        </Link>
        {categories.map((c) => (
          <Link key={c.id} href={`/?category=${c.id}`} aria-current={category === c.id ? "page" : undefined} className={`whitespace-nowrap rounded-full px-3 py-1.5 text-sm ${category === c.id ? "bg-slate-900 text-white" : "bg-white text-slate-600 ring-1 ring-slate-200"}`}>
            {label(c.name, c.nameEn)}
          </Link>
        ))}
      </nav>
      <h2 className="mb-3 mt-5 font-semibold text-slate-800">{t("sectionAll")}</h2>
      {products.length === 0 ? (
        <EmptyState title={t("noProducts")} />
      ) : (
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
          {products.map((p) => (
            <ProductCard key={p.id} id={p.id} name={label(p.name, p.nameEn)} imageUrl={p.imageUrl} price={p.minPrice} shopName={label(p.shop.name, p.shop.nameEn)} fromLabel={t("from")} soldOutLabel={p.inStock ? undefined : t("soldOut")} />
          ))}
        </div>
      )}
    </>
  );
}
