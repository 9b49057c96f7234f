import { randomUUID } from "node:crypto";
import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/pricing/money";
import { PLATFORM_TIME_ZONE, zonedText, zoneLabel } from "@/lib/time/zone";
import { depositAction } from "@/lib/presale/presale-actions";
import type { PresaleCard } from "@/lib/presale/presale-view";

const when = (iso: string) => zonedText(iso, PLATFORM_TIME_ZONE);

/** 预售 on a product page: 定金 ¥50 抵 ¥100, the windows, the estimated 到手价 and 付定金. */
export function PresaleBox({ cards, productId, skuName, error }: { cards: PresaleCard[]; productId: string; skuName: (skuId: string) => string; error?: string }) {
  const t = useTranslations("presale");
  return (
    <section className="space-y-3 rounded-2xl bg-orange-50 p-4 ring-1 ring-orange-200" aria-labelledby="presale" data-testid="presale-box">
      <h2 id="presale" className="flex items-center gap-2 text-sm font-semibold text-orange-900">
        <span className="rounded bg-orange-600 px-1.5 py-0.5 text-xs font-bold text-white">{t("badge")}</span>
        {cards[0].name}
      </h2>
      {error && (
        <p role="alert" className="text-sm text-rose-700">
          {t.has(`error.${error}`) ? t(`error.${error}`) : error}
        </p>
      )}
      {cards.map((c) => (
        <form key={`${c.promotionId}-${c.skuId}`} action={depositAction} className="space-y-2 rounded-xl bg-white p-3 ring-1 ring-orange-200">
          <input type="hidden" name="promotionId" value={c.promotionId} />
          <input type="hidden" name="skuId" value={c.skuId} />
          <input type="hidden" name="key" value={randomUUID()} />
          <input type="hidden" name="back" value={`/products/${productId}`} />
          <p className="text-sm text-slate-800">
            {skuName(c.skuId)} · <b className="text-orange-700" data-testid="presale-deal">{t("depositWorth", { deposit: formatYuan(c.deposit), value: formatYuan(c.depositValue) })}</b>
          </p>
          <p className="text-sm text-slate-700">
            {t("estimate")} <b className="text-lg tabular-nums text-orange-700" data-testid="presale-estimate">{formatYuan(c.estimate.finalPrice)}</b>
            <span className="ml-1 text-xs text-slate-600">{t("estimateNote", { deposit: formatYuan(c.deposit), balance: formatYuan(c.estimate.balance) })}</span>
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600">
            <dt>{t("depositWindow")}</dt>
            <dd className="tabular-nums">{when(c.startsAt)} – {when(c.endsAt)}</dd>
            <dt>{t("balanceWindow")}</dt>
            <dd className="tabular-nums">{when(c.balanceStartsAt)} – {when(c.balanceEndsAt)} · {zoneLabel(PLATFORM_TIME_ZONE)}</dd>
            <dt>{t("left")}</dt>
            <dd className="tabular-nums">{t("units", { count: c.left })} · {t("perShopper", { count: c.perUserLimit })}</dd>
          </dl>
          <p className="text-xs text-slate-600">{t("rules")}</p>
          <button disabled={!c.open || c.left === 0} className="inline-flex min-h-11 w-full items-center justify-center rounded-full bg-orange-600 px-4 text-sm font-semibold text-white hover:bg-orange-700 disabled:bg-slate-300 disabled:text-slate-600" data-testid="presale-deposit">
            {c.left === 0 ? t("allReserved") : c.open ? t("payDeposit", { deposit: formatYuan(c.deposit) }) : t("notOpen")}
          </button>
        </form>
      ))}
    </section>
  );
}
