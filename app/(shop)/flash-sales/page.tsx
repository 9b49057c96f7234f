import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { CurrentChipNav } from "@/components/ui/current-chip-nav-client";
import { randomUUID } from "node:crypto";
import { FillImage } from "@/components/ui/fill-image";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FlashLiveProvider } from "@/components/shop/flash-live-client";
import { flashVenue } from "@/lib/flash-sale/flash-venue";
import { formatYuan } from "@/lib/pricing/money";
import { CountdownClient } from "@/components/shop/countdown-client";
import { FlashAttemptClient } from "@/components/shop/flash-attempt-client";
import { FlashStockClient } from "@/components/shop/flash-stock-client";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata() {
  const t = await getTranslations("seo");
  return shopPageMetadata("flashTitle", "/flash-sales", t("flashDescription"));
}

/** 秒杀会场: slots (场次) as tabs, each sale's items with live stock, countdown and the attempt button. */
export default async function FlashSalesPage({ searchParams }: { searchParams: Promise<{ slot?: string }> }) {
  const { slot } = await searchParams;
  const t = await getTranslations("flash");
  const ts = await getTranslations("shop");
  const format = await getFormatter();
  const now = new Date();
  const { slots } = await flashVenue((await getLocale()) as "zh" | "en", now);
  if (!slots.length) return <EmptyState title={t("none")} />;
  // the slot asked for, else the latest one that has started (the current 场次), else the next
  const asked = slot && /^\d+$/.test(slot) ? Math.floor(Number(slot) / 60_000) * 60_000 : null;
  const current = slots.find((s) => s.startsAt.getTime() === asked) ?? slots.filter((s) => s.startsAt <= now).pop() ?? slots[0];
  return (
    <div className="space-y-4">
      <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
      <CurrentChipNav label={t("slots")} className="-mx-3 flex gap-2 overflow-x-auto px-3">
        {slots.map((s) => {
          const active = s === current;
          const live = s.startsAt <= now;
          return (
            <Link key={s.startsAt.getTime()} href={`/flash-sales?slot=${s.startsAt.getTime()}`} aria-current={active ? "page" : undefined} className={`shrink-0 rounded-xl px-4 py-2 text-center ${active ? "bg-rose-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
              <span className="block text-base font-semibold tabular-nums">{format.dateTime(s.startsAt, { hour: "2-digit", minute: "2-digit" })}</span>
              <span className="block text-xs">{live ? t("onNow") : t("upcoming")}</span>
            </Link>
          );
        })}
      </CurrentChipNav>
      {current.sales.map((sale, saleIndex) => {
        const started = sale.startsAt <= now;
        return (
          <FlashLiveProvider key={sale.id} promotionId={sale.id} initialLeft={Object.fromEntries(sale.items.map((it) => [it.skuId, it.left]))}>
          <section className="overflow-hidden rounded-2xl bg-white shadow-sm ring-1 ring-slate-200" aria-label={sale.name}>
            <header className="flex flex-wrap items-center justify-between gap-2 bg-gradient-to-r from-rose-600 to-orange-500 px-4 py-3 text-white">
              <h2 className="font-semibold">{sale.name}</h2>
              <span className="rounded-full bg-black/20 px-3 py-0.5 text-sm" data-testid="flash-countdown">
                <CountdownClient to={(started ? sale.endsAt : sale.startsAt).toISOString()} serverNow={now.getTime()} label={started ? t("endsIn", { time: "{time}" }) : t("startsIn", { time: "{time}" })} doneLabel={started ? t("ended") : t("startedNow")} dayUnit={ts("dayUnit")} />
              </span>
            </header>
            <ul className="divide-y divide-slate-100">
              {sale.items.map((it, itemIndex) => (
                <li key={it.skuId} className="flex gap-3 p-4" data-testid="flash-item">
                  <div className="relative h-20 w-20 shrink-0 overflow-hidden rounded-lg bg-slate-100">{it.imageUrl && <FillImage src={it.imageUrl} alt={it.name} priority={saleIndex === 0 && itemIndex < 3} />}</div>
                  <div className="min-w-0 flex-1">
                    {it.productId ? (
                      <Link href={`/products/${it.productId}`} className="line-clamp-2 text-sm text-slate-800 hover:text-brand-700">
                        {it.name}
                      </Link>
                    ) : (
                      <p className="text-sm">{it.name}</p>
                    )}
                    <p className="mt-1 tabular-nums">
                      <span className="text-lg font-bold text-rose-700">{formatYuan(it.flashPrice)}</span> <s className="text-xs text-ink-muted">{formatYuan(it.listPrice)}</s>
                      <span className="ml-2 text-xs text-ink-muted">{t("limit", { count: it.perUserLimit })}</span>
                    </p>
                    <FlashStockClient skuId={it.skuId} stock={it.stock} initialLeft={it.left} label={t("left", { left: "{left}", sold: "{sold}" })} barLabel={t("soldBar")} />
                  </div>
                  <div className="flex shrink-0 items-end">
                    <FlashAttemptClient promotionId={sale.id} skuId={it.skuId} initialKey={randomUUID()} started={started} initialLeft={it.left} labels={{ grab: t("grab"), soldOut: t("soldOut"), notYet: t("notYet") }} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
          </FlashLiveProvider>
        );
      })}
    </div>
  );
}
