import { randomUUID } from "node:crypto";
import { Link } from "@/lib/i18n/navigation";
import { useTranslations } from "next-intl";
import { openGroupAction } from "@/lib/group-buy/group-actions";
import { formatYuan } from "@/lib/pricing/money";

type Offer = { promotionId: string; name: string; skuId: string; groupPrice: number; groupSize: number; groups: { id: string; seatsLeft: number }[] };

/** 拼团 on a product page: open a group at the group price, or join one that is open. */
export function GroupBuyOffers({ offers, productId, skuName, error }: { offers: Offer[]; productId: string; skuName: (skuId: string) => string; error?: string }) {
  const t = useTranslations("group");
  return (
    <section className="space-y-2 rounded-2xl bg-violet-50 p-4 ring-1 ring-violet-200" aria-labelledby="group-buy">
      <h2 id="group-buy" className="text-sm font-semibold text-violet-900">
        {offers[0].name}
      </h2>
      {error && (
        <p role="alert" className="text-sm text-rose-700">
          {t.has(`error.${error}`) ? t(`error.${error}`) : error}
        </p>
      )}
      {offers.map((o) => (
        <div key={`${o.promotionId}-${o.skuId}`} className="space-y-2">
          <form action={openGroupAction} className="flex items-center justify-between gap-3">
            <input type="hidden" name="promotionId" value={o.promotionId} />
            <input type="hidden" name="skuId" value={o.skuId} />
            <input type="hidden" name="key" value={randomUUID()} />
            <input type="hidden" name="back" value={`/products/${productId}`} />
            <span className="text-sm text-violet-900">
              {skuName(o.skuId)} · {t("people", { count: o.groupSize })} <b className="tabular-nums">{formatYuan(o.groupPrice)}</b>
            </span>
            <button className="shrink-0 rounded-full bg-violet-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-violet-700" data-testid="group-open">
              {t("open")}
            </button>
          </form>
          {o.groups.map((g) => (
            <Link key={g.id} href={`/groups/${g.id}`} className="flex justify-between rounded-lg bg-white px-3 py-2 text-sm text-violet-800 ring-1 ring-violet-200">
              <span>{t("openGroup", { count: g.seatsLeft })}</span>
              <span className="font-medium">{t("goJoin")}</span>
            </Link>
          ))}
        </div>
      ))}
    </section>
  );
}
