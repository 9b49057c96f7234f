import { useTranslations } from "next-intl";
import type { ClaimableOffer } from "@/lib/catalogue/shopper-offers";
import { ClaimableCoupon } from "./claimable-coupon";

/** 可领优惠券 on a product page or venue: the campaigns that cover what is shown, claimable in place. */
export function ClaimableList({ items, returnTo }: { items: ClaimableOffer[]; returnTo: string }) {
  const t = useTranslations("shop");
  if (!items.length) return null;
  return (
    <section aria-labelledby="claimable">
      <h2 id="claimable" className="mb-2 font-semibold text-slate-800">
        {t("claimableCoupons")}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 md:grid-cols-1 lg:grid-cols-2">
        {items.map((c) => (
          <ClaimableCoupon key={c.campaignId} item={c} returnTo={returnTo} />
        ))}
      </ul>
    </section>
  );
}
