import { pageMetadata, siteUrl } from "@/lib/seo/page-metadata";
import { formatYuan } from "@/lib/pricing/money";
import { FillImage } from "@/components/ui/fill-image";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCatalogueProduct } from "@/lib/catalogue/get-catalogue-product";
import { shopperOffers } from "@/lib/catalogue/shopper-offers";
import { DealNoteClient, DealPriceClient, PersonalDealsProvider } from "@/components/shop/personal-deals-client";
import { productBuyAction } from "@/lib/cart/cart-actions";
import { productExtras } from "@/lib/catalogue/product-extras";
import { memberPriceTag } from "@/lib/catalogue/member-price-tag";
import { PromotionStrip } from "@/components/shop/product/promotion-strip";
import { PriceBanners } from "@/components/shop/product/price-banners";
import { QuantityPickerClient } from "@/components/shop/product/quantity-picker-client";
import { Badge } from "@/components/ui/badge";
import { OfferLabels } from "@/components/shop/offer-labels";
import { CountdownClient } from "@/components/shop/countdown-client";
import { ClaimableList } from "@/components/shop/claimable-list";
import { GroupBuyOffers } from "@/components/shop/group-buy-offers";
import { groupBuysFor } from "@/lib/group-buy/group-view";
import { localName } from "@/lib/i18n/local-name";
import { productPresales } from "@/lib/presale/presale-view";
import { PresaleBox } from "@/components/shop/product/presale-box";

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

export default async function ProductPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string; groupError?: string; soldOut?: string; presaleError?: string }> }) {
  const [{ id }, { added, groupError, soldOut, presaleError }] = await Promise.all([params, searchParams]);
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
  const skuIds = product.skus.map((s) => s.id);
  const skuRefs = product.skus.map((s) => ({ id: s.id, name: s.name || s.code }));
  const skuName = (skuId: string) => skuRefs.find((x) => x.id === skuId)?.name ?? "";
  const [groupBuys, presales, extras] = await Promise.all([groupBuysFor(skuIds, now), productPresales(skuIds, now), productExtras(skuRefs, product.skus.flatMap((s) => offers.labels[s.id] ?? []), locale as "zh" | "en", now)]);
  const firstInStock = product.skus.find((s) => s.stock > 0);
  return (
    <PersonalDealsProvider request={personal}>
    <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(productJsonLd(product, name, localName(product.shop, locale), offers.deals, locale)).replace(/</g, "\\u003c") }} />
    <article className="grid gap-6 md:grid-cols-2">
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200">
        {product.imageUrl && <FillImage src={product.imageUrl} alt={name} priority />}
      </div>
      <div className="min-w-0 space-y-5">
        <header className="space-y-2">
          <h1 className="text-xl font-semibold text-slate-900">{name}</h1>
          <p className="text-sm text-ink-muted">{t("soldBy", { shop: product.shop.name })}</p>
          <OfferLabels labels={labels} max={4} skuId={first?.id} />
          {product.excludedFromPromotions && <Badge tone="amber">{t("excludedNote")}</Badge>}
        </header>
        <PriceBanners flash={extras.flashBanners} groups={groupBuys} skuName={skuName} serverNow={now.getTime()} />
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
        {soldOut && (
          <p role="alert" className="rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-800 ring-1 ring-rose-200">
            {t("soldOutNotice")}
          </p>
        )}
        <PromotionStrip rules={extras.strip} />
        {product.description && <p className="text-sm leading-6 text-slate-600">{product.description}</p>}
        {presales.length > 0 && <PresaleBox cards={presales} productId={product.id} skuName={skuName} error={presaleError} />}
        {groupBuys.length > 0 && <GroupBuyOffers offers={groupBuys} productId={product.id} skuName={skuName} error={groupError} />}
        <form action={productBuyAction} aria-labelledby="skus">
          <input type="hidden" name="productId" value={product.id} />
          <fieldset>
            <legend id="skus" className="mb-2 text-sm font-medium text-slate-700">
              {t("chooseSku")}
            </legend>
            <ul className="space-y-2">
              {product.skus.map((s) => {
                // the 会员价 tag only where a member pays less than the 到手价 shown (else it reads as a worse price)
                const member = memberPriceTag(s.memberPrices, offers.deals[s.id]?.price ?? s.price);
                return (
                  <li key={s.id} data-testid="sku-row">
                    <label className={`block rounded-xl bg-white p-3 ring-1 ring-slate-200 has-[:checked]:ring-2 has-[:checked]:ring-brand-600 ${s.stock > 0 ? "cursor-pointer" : "opacity-70"}`}>
                      <div className="flex items-start justify-between gap-3">
                        <div className="flex min-w-0 items-start gap-2">
                          <input type="radio" name="skuId" value={s.id} defaultChecked={s.id === firstInStock?.id} disabled={s.stock <= 0} className="mt-1 h-4 w-4 accent-brand-600" aria-describedby={`price-${s.id}`} />
                          <div className="min-w-0">
                            <p className="text-sm font-medium text-slate-800">{s.name || s.code}</p>
                            <p className="text-xs text-slate-600">{s.stock > 0 ? t("inStock", { count: s.stock }) : t("soldOut")}</p>
                            {member && (
                              <p className="mt-1 inline-flex flex-wrap items-center gap-x-1 whitespace-nowrap rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900" data-testid="member-price">
                                <span className="font-semibold">{t("memberPrice")}</span>
                                <span className="tabular-nums">{formatYuan(member.price)}</span>
                                <span>· {extras.levelNames[member.level] ?? member.level}</span>
                              </p>
                            )}
                          </div>
                        </div>
                        <div className="text-right" id={`price-${s.id}`}>
                          <DealPriceClient skuId={s.id} listPrice={s.price} visitorPrice={offers.deals[s.id]?.price ?? s.price} dealLabel={t("dealPrice")} size="lg" />
                        </div>
                      </div>
                      <DealNoteClient skuId={s.id} listPrice={s.price} visitor={offers.deals[s.id]} campaignNames={campaignNames} afterClaiming={t("afterClaiming", { coupons: "{coupons}" })} withYourCoupon={t("withYourCoupon")} />
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          <div data-sticky-bar className="fixed inset-x-0 bottom-[calc(3.5rem+env(safe-area-inset-bottom))] z-20 mx-auto max-w-5xl flex items-center gap-2 border-t border-slate-200 bg-white/95 px-3 py-2 shadow-[0_-4px_12px_rgba(15,23,42,0.06)] backdrop-blur" data-testid="buy-bar">
            <QuantityPickerClient max={firstInStock ? Math.max(...product.skus.map((s) => s.stock)) : 1} labels={{ quantity: t("quantity"), less: t("quantityLess"), more: t("quantityMore") }} />
            <button name="intent" value="cart" disabled={!firstInStock} className="ml-auto inline-flex min-h-11 items-center whitespace-nowrap rounded-full bg-amber-500 px-3 text-sm font-semibold sm:px-4 text-slate-900 hover:bg-amber-400 disabled:bg-slate-300">
              {t("addToCart")}
            </button>
            <button name="intent" value="buy" disabled={!firstInStock} className="inline-flex min-h-11 items-center whitespace-nowrap rounded-full bg-brand-600 px-3 text-sm font-semibold sm:px-4 text-white hover:bg-brand-700 disabled:bg-slate-300">
              {t("buyNow")}
            </button>
          </div>
        </form>
        <ClaimableList items={offers.claimable} returnTo={`/products/${product.id}`} />
      </div>
    </article>
    </PersonalDealsProvider>
  );
}
