import { pageMetadata, siteUrl } from "@/lib/seo/page-metadata";
import { formatYuan } from "@/lib/pricing/money";
import Image from "next/image";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCatalogueProduct } from "@/lib/catalogue/get-catalogue-product";
import { shopperOffers } from "@/lib/catalogue/shopper-offers";
import { DealNoteClient, DealPriceClient, PersonalDealsProvider } from "@/components/shop/personal-deals-client";
import { changeCartLineAction } from "@/lib/cart/cart-actions";
import { Badge } from "@/components/ui/badge";
import { OfferLabels } from "@/components/shop/offer-labels";
import { CountdownClient } from "@/components/shop/countdown-client";
import { ClaimableList } from "@/components/shop/claimable-list";
import { GroupBuyOffers } from "@/components/shop/group-buy-offers";
import { groupBuysFor } from "@/lib/group-buy/group-view";
import { localName } from "@/lib/i18n/local-name";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const product = await getCatalogueProduct(id).catch(() => null);
  if (!product) return {};
  const [locale, t] = await Promise.all([getLocale(), getTranslations("seo")]);
  const name = localName(product, locale);
  const price = Math.min(...product.skus.map((s) => s.price));
  return pageMetadata({ title: name, description: t("productDescription", { name, shop: localName(product.shop, locale), price: formatYuan(price) }), path: `/products/${id}`, locale, image: product.imageUrl });
}

/** schema.org Product with one Offer per SKU at the visitor's 到手价 (what search engines show). */
function productJsonLd(product: { id: string; imageUrl: string | null; description: string | null; skus: { id: string; code: string; name: string | null; price: number; stock: number }[] }, name: string, shop: string, deals: Record<string, { price: number }>, locale: string) {
  const url = `${siteUrl()}${locale === "en" ? "/en" : ""}/products/${product.id}`;
  const yuan = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name,
    ...(product.imageUrl ? { image: `${siteUrl()}${product.imageUrl}` } : {}),
    ...(product.description ? { description: product.description } : {}),
    brand: { "@type": "Brand", name: shop },
    offers: product.skus.map((s) => ({
      "@type": "Offer",
      sku: s.code,
      url,
      priceCurrency: "CNY",
      price: yuan(deals[s.id]?.price ?? s.price),
      availability: s.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      seller: { "@type": "Organization", name: shop },
    })),
  };
}

export default async function ProductPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string; groupError?: string }> }) {
  const [{ id }, { added, groupError }] = await Promise.all([params, searchParams]);
  const product = await getCatalogueProduct(id).catch(() => null);
  if (!product) notFound();
  const t = await getTranslations("shop");
  const locale = await getLocale();
  const now = new Date();
  // rendered once for everyone (cacheable): the shopper's own prices and the view come from the browser
  const offers = await shopperOffers(null, product.skus.map((s) => s.id), now);
  const name = localName(product, locale);
  const first = product.skus[0];
  const labels = first ? offers.labels[first.id] : [];
  const seen = [...new Map(product.skus.flatMap((s) => offers.labels[s.id] ?? []).map((l) => [l.promotionId, { id: l.promotionId, shopId: l.shopId }])).values()];
  const personal = { skuIds: product.skus.map((s) => s.id), view: { type: "PRODUCT_VIEW" as const, subject: product.id, promotions: seen } };
  const upcoming = [...new Map(product.skus.flatMap((s) => offers.upcoming[s.id]).map((u) => [u.promotionId, u])).values()];
  const campaignNames = Object.fromEntries(offers.claimable.map((c) => [c.campaignId, c.name]));
  const groupBuys = await groupBuysFor(product.skus.map((s) => s.id), now);
  return (
    <PersonalDealsProvider request={personal}>
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(productJsonLd(product, name, localName(product.shop, locale), offers.deals, locale)).replace(/</g, "\\u003c") }} />
    <article className="grid gap-6 md:grid-cols-2">
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200">
        {product.imageUrl && <Image src={product.imageUrl} alt={name} fill sizes="(max-width: 768px) 100vw, 480px" className="object-cover" unoptimized priority />}
      </div>
      <div className="min-w-0 space-y-5">
        <header className="space-y-2">
          <h1 className="text-xl font-semibold text-slate-900">{name}</h1>
          <p className="text-sm text-ink-muted">{t("soldBy", { shop: product.shop.name })}</p>
          <OfferLabels labels={labels} max={4} skuId={first?.id} />
          {product.excludedFromPromotions && <Badge tone="amber">{t("excludedNote")}</Badge>}
        </header>
        {added && (
          <p role="status" className="flex items-center justify-between rounded-xl bg-emerald-50 px-4 py-3 text-sm text-emerald-800 ring-1 ring-emerald-200">
            {t("addedToCart")}
            <Link href="/cart" className="font-medium underline">
              {t("goToCart")}
            </Link>
          </p>
        )}
        {upcoming.map((u) => (
          <p key={u.promotionId} className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-violet-50 px-4 py-3 text-sm text-violet-800 ring-1 ring-violet-200" data-testid="warm-up">
            <span>
              <Badge tone="violet">{t("warmUp")}</Badge> <Link href={`/promotions/${u.promotionId}`} className="font-medium underline-offset-2 hover:underline">{u.name}</Link>
            </span>
            <CountdownClient to={u.startsAt} serverNow={now.getTime()} label={t("startsIn", { time: "{time}" })} doneLabel={t("startedNow")} dayUnit={t("dayUnit")} />
          </p>
        ))}
        {product.description && <p className="text-sm leading-6 text-slate-600">{product.description}</p>}
        {groupBuys.length > 0 && <GroupBuyOffers offers={groupBuys} productId={product.id} skuName={(skuId) => product.skus.find((s) => s.id === skuId)?.name ?? ""} error={groupError} />}
        <section aria-labelledby="skus">
          <h2 id="skus" className="mb-2 text-sm font-medium text-slate-700">
            {t("chooseSku")}
          </h2>
          <ul className="space-y-2">
            {product.skus.map((s) => {
              return (
                <li key={s.id} className="rounded-xl bg-white p-3 ring-1 ring-slate-200" data-testid="sku-row">
                  <div className="flex items-start justify-between gap-3">
                    <div>
                      <p className="text-sm font-medium text-slate-800">{s.name || s.code}</p>
                      <p className="text-xs text-slate-600">{s.stock > 0 ? t("inStock", { count: s.stock }) : t("soldOut")}</p>
                    </div>
                    <div className="text-right">
                      <DealPriceClient skuId={s.id} listPrice={s.price} visitorPrice={offers.deals[s.id]?.price ?? s.price} dealLabel={t("dealPrice")} size="lg" />
                    </div>
                  </div>
                  <DealNoteClient skuId={s.id} listPrice={s.price} visitor={offers.deals[s.id]} campaignNames={campaignNames} afterClaiming={t("afterClaiming", { coupons: "{coupons}" })} withYourCoupon={t("withYourCoupon")} />
                  <form action={changeCartLineAction} className="mt-2 text-right">
                    <input type="hidden" name="skuId" value={s.id} />
                    <input type="hidden" name="quantity" value="1" />
                    <input type="hidden" name="add" value="1" />
                    <input type="hidden" name="next" value={`/products/${product.id}?added=${s.id}`} />
                    <button disabled={s.stock <= 0} className="inline-flex min-h-11 items-center rounded-full bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:bg-slate-300" aria-label={`${t("addToCart")}: ${s.name || s.code}`}>
                      {t("addToCart")}
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        </section>
        <ClaimableList items={offers.claimable} returnTo={`/products/${product.id}`} />
      </div>
    </article>
    </PersonalDealsProvider>
  );
}
