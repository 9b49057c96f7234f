import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { FillImage } from "@/components/ui/fill-image";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireShopperId } from "@/lib/auth/session-actor";
import { countShopperOrders, listShopperOrders, ORDER_TABS, type OrderTab } from "@/lib/orders/shopper-orders";
import { oneParam } from "@/lib/http/search-param";
import { formatYuan } from "@/lib/pricing/money";
import { EmptyState } from "@/components/ui/empty-state";
import { OrderStatusBadge } from "@/components/shop/order-status-badge";

export const generateMetadata = () => shopPageMetadata("ordersTitle", "/orders");

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const shopperId = await requireShopperId("/orders");
  const t = await getTranslations("orders");
  const format = await getFormatter();
  const asked = oneParam((await searchParams).status);
  const tab: OrderTab = ORDER_TABS.find((x) => x === asked) ?? "ALL";
  const [orders, counts] = await Promise.all([listShopperOrders(shopperId, (await getLocale()) as "zh" | "en", 30, tab), countShopperOrders(shopperId)]);
  return (
    <>
      <h1 className="mb-3 text-lg font-semibold text-slate-900">{t("title")}</h1>
      <nav aria-label={t("tabsLabel")} className="-mx-3 mb-3 flex gap-1 overflow-x-auto px-3" data-testid="order-tabs">
        {ORDER_TABS.map((x) => (
          <Link key={x} href={x === "ALL" ? "/orders" : `/orders?status=${x}`} aria-current={x === tab ? "page" : undefined} className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-full px-3 text-sm ${x === tab ? "bg-slate-900 font-medium text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
            {t(`tab_${x}`)}
            {counts[x] > 0 && <span className={`ml-1 tabular-nums ${x === tab ? "text-white/80" : "text-ink-muted"}`}>{counts[x]}</span>}
          </Link>
        ))}
      </nav>
      {orders.length === 0 ? (
        <EmptyState title={tab === "ALL" ? t("none") : t("noneInTab")} />
      ) : (
        <ul className="space-y-3" data-testid="order-list">
          {orders.map((o) => (
            <li key={o.id}>
              <Link href={o.status === "PENDING_PAYMENT" ? `/orders/${o.id}/pay` : `/orders/${o.id}`} className="block rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-300">
                <div className="flex items-start justify-between gap-2 text-sm">
                  <span className="min-w-0 text-ink-muted">
                    <span className="block break-all text-xs" data-testid="order-no">{t("orderNo", { no: o.orderNo })}</span>
                    <time className="block">{format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  </span>
                  <span className="shrink-0"><OrderStatusBadge status={o.status} /></span>
                </div>
                <div className="mt-3 flex items-center gap-2">
                  {o.items.map((i, k) => (
                    <div key={k} className="relative h-14 w-14 overflow-hidden rounded-lg bg-slate-100">
                      {i.imageUrl && <FillImage src={i.imageUrl} alt={i.name} />}
                    </div>
                  ))}
                  <p className="ml-2 line-clamp-2 flex-1 text-sm text-slate-700">{o.items.map((i) => i.name).join("、")}</p>
                </div>
                <p className="mt-2 text-right text-sm tabular-nums">
                  {o.status === "PENDING_PAYMENT" ? t("dueTotal") : o.status === "CANCELLED" ? t("orderTotal") : t("paidTotal")} <span className="font-semibold text-slate-900">{formatYuan(o.total)}</span>
                  {o.refundedAmount > 0 && <span className="ml-2 text-emerald-700">{t("refunded", { amount: formatYuan(o.refundedAmount) })}</span>}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
