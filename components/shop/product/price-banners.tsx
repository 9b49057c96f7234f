import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { formatYuan } from "@/lib/pricing/money";
import { CountdownClient } from "@/components/shop/countdown-client";
import type { FlashBanner } from "@/lib/catalogue/product-extras";

type GroupBanner = { promotionId: string; name: string; skuId: string; groupPrice: number; groupSize: number; endsAt: string };

/**
 * 秒杀 and 拼团 price banners at the top of a product page: the price, what it is for and a live
 * countdown to the end; 秒杀 links to the flash venue (where the attempt happens), 拼团 to the
 * group offers further down.
 */
export async function PriceBanners({ flash, groups, skuName, serverNow }: { flash: FlashBanner[]; groups: GroupBanner[]; skuName: (id: string) => string; serverNow: number }) {
  if (!flash.length && !groups.length) return null;
  const t = await getTranslations("shop");
  const tg = await getTranslations("group");
  const countdown = (to: string) => <CountdownClient to={to} serverNow={serverNow} label={t("endsIn", { time: "{time}" })} doneLabel={t("endedNow")} dayUnit={t("dayUnit")} />;
  return (
    <div className="space-y-2">
      {flash.map((f) => (
        <Link key={`${f.promotionId}-${f.skuId}`} href="/flash-sales" className="flex items-center justify-between gap-3 rounded-2xl bg-gradient-to-r from-rose-700 to-orange-700 px-4 py-3 text-white shadow-sm" data-testid="flash-banner">
          <span className="min-w-0">
            <span className="block text-xs font-medium opacity-90">{t("flashBanner")} · {skuName(f.skuId)}</span>
            <span className="text-xl font-bold tabular-nums">{formatYuan(f.flashPrice)}</span>
          </span>
          <span className="shrink-0 text-right text-xs">
            <span className="block">{countdown(f.endsAt)}</span>
            <span className="mt-1 inline-block rounded-full bg-white px-2 py-0.5 font-semibold text-rose-800">{t("goFlash")} ›</span>
          </span>
        </Link>
      ))}
      {groups.map((g) => (
        <a key={`${g.promotionId}-${g.skuId}`} href="#group-buy" className="flex items-center justify-between gap-3 rounded-2xl bg-gradient-to-r from-violet-700 to-fuchsia-700 px-4 py-3 text-white shadow-sm" data-testid="group-banner">
          <span className="min-w-0">
            <span className="block text-xs font-medium opacity-90">
              {t("groupBanner")} · {tg("people", { count: g.groupSize })} · {skuName(g.skuId)}
            </span>
            <span className="text-xl font-bold tabular-nums">{formatYuan(g.groupPrice)}</span>
          </span>
          <span className="shrink-0 text-right text-xs">{countdown(g.endsAt)}</span>
        </a>
      ))}
    </div>
  );
}
