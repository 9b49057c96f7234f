import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getCatalogueProduct } from "@/lib/catalogue/get-catalogue-product";
import { shopperOffers } from "@/lib/catalogue/shopper-offers";
import { recordViews } from "@/lib/analytics/record-event";
import { getShopperId } from "@/lib/auth/session-actor";
import { changeCartLineAction } from "@/lib/cart/cart-actions";
import { formatYuan } from "@/lib/pricing/money";
import { Badge } from "@/components/ui/badge";
import { OfferLabels } from "@/components/shop/offer-labels";
import { CountdownClient } from "@/components/shop/countdown-client";
import { ClaimableList } from "@/components/shop/claimable-list";
import { GroupBuyOffers } from "@/components/shop/group-buy-offers";
import { groupBuysFor } from "@/lib/group-buy/group-view";
import { localName } from "@/lib/i18n/local-name";

export default async function ProductPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ added?: string; groupError?: string }> }) {
  const [{ id }, { added, groupError }] = await Promise.all([params, searchParams]);
  const product = await getCatalogueProduct(id).catch(() => null);
  if (!product) notFound();
  const t = await getTranslations("shop");
  const locale = await getLocale();
  const shopperId = await getShopperId();
  const now = new Date();
  const offers = await shopperOffers(shopperId, product.skus.map((s) => s.id), now);
  const name = localName(product, locale);
  const first = product.skus[0];
  const labels = first ? offers.labels[first.id] : [];
  const seen = [...new Map(product.skus.flatMap((s) => offers.labels[s.id] ?? []).map((l) => [l.promotionId, { id: l.promotionId, shopId: l.shopId }])).values()];
  recordViews("PRODUCT_VIEW", shopperId, seen, product.id, now);
  const upcoming = [...new Map(product.skus.flatMap((s) => offers.upcoming[s.id]).map((u) => [u.promotionId, u])).values()];
  const campaignName = new Map(offers.claimable.map((c) => [c.campaignId, c.name]));
  const groupBuys = await groupBuysFor(product.skus.map((s) => s.id), now);
  return (
    <article className="grid gap-6 md:grid-cols-2">
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200">
        {product.imageUrl && <Image src={product.imageUrl} alt={name} fill sizes="(max-width: 768px) 100vw, 480px" className="object-cover" unoptimized priority />}
      </div>
      <div className="min-w-0 space-y-5">
        <header className="space-y-2">
          <h1 className="text-xl font-semibold text-slate-900">{name}</h1>
          <p className="text-sm text-slate-500">{t("soldBy", { shop: product.shop.name })}</p>
          <OfferLabels labels={labels} max={4} />
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
              const deal = offers.deals[s.id];
              const cheaper = deal && deal.price < s.price;
              const claimNames = deal?.claimCampaignIds.map((c) => campaignName.get(c)).filter(Boolean) ?? [];
              return (
                <li key={s.id} className="rounded-xl bg-white p-3 ring-1 ring-slate-200" data-testid="sku-row">
                  <div className="flex items-start justify-between gap-3">
                    <div>
                      <p className="text-sm font-medium text-slate-800">{s.name || s.code}</p>
                      <p className="text-xs text-slate-400">{s.stock > 0 ? t("inStock", { count: s.stock }) : t("soldOut")}</p>
                    </div>
                    <div className="text-right tabular-nums">
                      {cheaper ? (
                        <>
                          <p className="text-brand-600">
                            <span className="text-xs">{t("dealPrice")}</span> <span className="text-lg font-semibold" data-testid="deal-price">{formatYuan(deal.price)}</span>
                          </p>
                          <p className="text-xs text-slate-400">
                            <s>{formatYuan(s.price)}</s>
                          </p>
                        </>
                      ) : (
                        <p className="text-lg font-semibold text-brand-600" data-testid="deal-price">
                          {formatYuan(s.price)}
                        </p>
                      )}
                    </div>
                  </div>
                  {cheaper && (deal.couponIds.length > 0 || claimNames.length > 0) && (
                    <p className="mt-1 text-xs text-slate-500">{claimNames.length ? t("afterClaiming", { coupons: claimNames.join("、") }) : t("withYourCoupon")}</p>
                  )}
                  <form action={changeCartLineAction} className="mt-2 text-right">
                    <input type="hidden" name="skuId" value={s.id} />
                    <input type="hidden" name="quantity" value="1" />
                    <input type="hidden" name="add" value="1" />
                    <input type="hidden" name="next" value={`/products/${product.id}?added=${s.id}`} />
                    <button disabled={s.stock <= 0} className="rounded-full bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:bg-slate-300" aria-label={`${t("addToCart")}: ${s.name || s.code}`}>
                      {t("addToCart")}
                    </button>
                  </form>
                </li>
              );
            })}
          </ul>
        </section>
        <ClaimableList items={offers.claimable} signedIn={shopperId !== null} returnTo={`/products/${product.id}`} />
      </div>
    </article>
  );
}
