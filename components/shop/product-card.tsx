import { FillImage } from "@/components/ui/fill-image";
import { Link } from "@/lib/i18n/navigation";
import type { OfferLabel } from "@/lib/catalogue/shopper-offers";
import { OfferLabels } from "./offer-labels";
import { DealPriceClient } from "./personal-deals-client";

type Props = {
  id: string;
  /** the SKU whose 到手价 is shown (a signed-in shopper's own replaces the visitor's in place) */
  skuId?: string;
  name: string;
  imageUrl: string | null;
  price: number;
  /** 到手价 of the cheapest SKU when it is below the list price */
  dealPrice?: number;
  dealLabel?: string;
  labels?: OfferLabel[];
  shopName: string;
  soldOutLabel?: string;
  fromLabel: string;
};

export function ProductCard({ id, skuId, name, imageUrl, price, dealPrice, dealLabel = "", labels = [], shopName, soldOutLabel, fromLabel }: Props) {
  return (
    <Link href={`/products/${id}`} prefetch={false} className="group min-w-0 overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200 transition hover:shadow-md focus-visible:outline-2 focus-visible:outline-brand-600" data-testid="product-card" data-list-price={price}>
      <div className="relative aspect-square bg-slate-100">
        {imageUrl && <FillImage src={imageUrl} alt={name} />}
        {soldOutLabel && <span className="absolute inset-x-0 bottom-0 bg-slate-900/70 py-1 text-center text-xs text-white">{soldOutLabel}</span>}
      </div>
      <div className="space-y-1.5 p-3">
        <h3 className="line-clamp-2 min-h-10 text-sm [overflow-wrap:anywhere] text-slate-800 group-hover:text-brand-700">{name}</h3>
        <OfferLabels labels={labels} skuId={skuId} />
        <DealPriceClient skuId={skuId ?? id} listPrice={price} visitorPrice={dealPrice ?? price} dealLabel={dealLabel} fromLabel={fromLabel} />
        <p className="truncate text-xs text-slate-600">{shopName}</p>
      </div>
    </Link>
  );
}
