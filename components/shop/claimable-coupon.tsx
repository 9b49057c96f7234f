import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import type { ClaimableOffer } from "@/lib/catalogue/shopper-offers";
import { ClaimButtonClient } from "./claim-button-client";
import { CouponFace } from "./coupon-face";

/** One claimable coupon (product page, venue): its face, who issues it, a claim button. */
export function ClaimableCoupon({ item, signedIn, returnTo = "/coupons" }: { item: ClaimableOffer; signedIn?: boolean; returnTo?: string }) {
  const t = useTranslations("center");
  const tt = (k: string, v?: Record<string, string>) => t(k, v);
  return (
    <li className="flex min-w-0 items-center gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
      <CouponFace c={item} t={tt} />
      <div className="min-w-0 flex-1 border-l border-dashed border-slate-200 pl-3">
        <p className="truncate font-medium text-slate-900">{item.name}</p>
        <p className="text-xs text-ink-muted">
          {item.shopName ?? t("platform")} · {t("left", { count: String(item.remaining) })}
        </p>
      </div>
      <div className="shrink-0">
        {signedIn !== false ? (
          <ClaimButtonClient campaignId={item.campaignId} disabled={!item.canClaim} label={t("claim")} returnTo={returnTo} />
        ) : (
          <Link href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`} className="inline-flex min-h-11 items-center rounded-full bg-brand-600 px-4 py-1.5 text-sm font-medium text-white">
            {t("claim")}
          </Link>
        )}
      </div>
    </li>
  );
}
