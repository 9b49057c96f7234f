import Image from "next/image";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCatalogueProduct } from "@/lib/catalogue/get-catalogue-product";
import { getSessionActor } from "@/lib/auth/session-actor";
import { getShopper } from "@/lib/shoppers/get-shopper";
import { formatYuan } from "@/lib/pricing/money";
import { Badge } from "@/components/ui/badge";

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const product = await getCatalogueProduct(id).catch(() => null);
  if (!product) notFound();
  const t = await getTranslations("shop");
  const locale = await getLocale();
  const actor = await getSessionActor();
  const shopper = actor?.kind === "shopper" ? await getShopper(actor.id).catch(() => null) : null;
  const name = locale === "en" && product.nameEn ? product.nameEn : product.name;
  return (
    <article className="grid gap-6 md:grid-cols-2">
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200">
        {product.imageUrl && <Image src={product.imageUrl} alt={name} fill sizes="(max-width: 768px) 100vw, 480px" className="object-cover" unoptimized priority />}
      </div>
      <div>
        <h1 className="text-xl font-semibold text-slate-900">{name}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("soldBy", { shop: product.shop.name })}</p>
        {product.excludedFromPromotions && (
          <p className="mt-2">
            <Badge tone="amber">{t("excludedNote")}</Badge>
          </p>
        )}
        {product.description && <p className="mt-4 text-sm leading-6 text-slate-600">{product.description}</p>}
        <h2 className="mb-2 mt-6 text-sm font-medium text-slate-700">{t("chooseSku")}</h2>
        <ul className="space-y-2">
          {product.skus.map((s) => {
            const member = shopper ? s.memberPrices[shopper.memberLevel] : undefined;
            return (
              <li key={s.id} className="flex items-center justify-between rounded-xl bg-white p-3 ring-1 ring-slate-200">
                <div>
                  <p className="text-sm font-medium text-slate-800">{s.name || s.code}</p>
                  <p className="text-xs text-slate-400">{s.stock > 0 ? t("inStock", { count: s.stock }) : t("soldOut")}</p>
                </div>
                <div className="text-right tabular-nums">
                  {member != null && member < s.price ? (
                    <>
                      <p className="font-semibold text-brand-600">{formatYuan(member)}</p>
                      <p className="text-xs text-slate-400">
                        {t("memberPrice", { level: shopper!.memberLevel })} · <s>{formatYuan(s.price)}</s>
                      </p>
                    </>
                  ) : (
                    <p className="font-semibold text-brand-600">{formatYuan(s.price)}</p>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </article>
  );
}
