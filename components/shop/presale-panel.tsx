import { randomUUID } from "node:crypto";
import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import { formatYuan } from "@/lib/pricing/money";
import { PLATFORM_TIME_ZONE, zonedText, zoneLabel } from "@/lib/time/zone";
import { balanceAction } from "@/lib/presale/presale-actions";
import type { PresaleDto } from "@/lib/presale/my-presales";

const when = (iso: string) => zonedText(iso, PLATFORM_TIME_ZONE);

/** A presale on its orders' pages: where it stands, both orders, and 付尾款 while the window is open. */
export async function PresalePanel({ p, orderId, error, now }: { p: PresaleDto; orderId: string; error?: string; now: Date }) {
  const t = await getTranslations("presale");
  const open = p.status === "DEPOSIT_PAID" && new Date(p.balanceStartsAt) <= now && now < new Date(p.balanceEndsAt);
  return (
    <section className="space-y-2 rounded-2xl bg-orange-50 p-4 text-sm ring-1 ring-orange-200" aria-labelledby="presale-panel" data-testid="presale-panel">
      <h2 id="presale-panel" className="flex flex-wrap items-center justify-between gap-2 font-semibold text-orange-900">
        <span>
          {t("title")} · {t("depositWorth", { deposit: formatYuan(p.deposit), value: formatYuan(p.depositValue) })}
        </span>
        <span className="rounded-full bg-white px-2 py-0.5 text-xs font-medium text-orange-800 ring-1 ring-orange-200" data-testid="presale-state">
          {t(`status.${p.state}`)}
        </span>
      </h2>
      {error && (
        <p role="alert" className="text-rose-700">
          {t.has(`error.${error}`) ? t(`error.${error}`) : error}
        </p>
      )}
      <p className="text-slate-700">
        {t("balanceWindow")}: <span className="tabular-nums">{when(p.balanceStartsAt)} – {when(p.balanceEndsAt)}</span> <span className="text-xs text-slate-600">{zoneLabel(PLATFORM_TIME_ZONE)}</span>
      </p>
      {p.balanceNow && <p className="text-slate-800" data-testid="presale-balance-now">{t("balanceNow", { balance: formatYuan(p.balanceNow.total), price: formatYuan(p.balanceNow.finalPrice) })}</p>}
      <div className="flex flex-wrap gap-3">
        {p.depositOrderId !== orderId && <Link href={`/orders/${p.depositOrderId}`} className="font-medium text-orange-800 underline">{t("depositOrder")}</Link>}
        {p.balanceOrderId && p.balanceOrderId !== orderId && <Link href={`/orders/${p.balanceOrderId}`} className="font-medium text-orange-800 underline">{t("balanceOrder")}</Link>}
      </div>
      {open && (
        <form action={balanceAction}>
          <input type="hidden" name="presaleId" value={p.id} />
          <input type="hidden" name="key" value={randomUUID()} />
          <input type="hidden" name="back" value={`/orders/${orderId}`} />
          <button className="inline-flex min-h-11 w-full items-center justify-center rounded-full bg-orange-600 px-4 font-semibold text-white hover:bg-orange-700" data-testid="presale-pay-balance">
            {t("payBalance")}
          </button>
        </form>
      )}
    </section>
  );
}
