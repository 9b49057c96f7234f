import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import Image from "next/image";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireShopperId } from "@/lib/auth/session-actor";
import { listShopperOrders } from "@/lib/orders/shopper-orders";
import { formatYuan } from "@/lib/pricing/money";
import { EmptyState } from "@/components/ui/empty-state";
import { OrderStatusBadge } from "@/components/shop/order-status-badge";

export const generateMetadata = () => shopPageMetadata("ordersTitle", "/orders");

export default async function OrdersPage() {
  const shopperId = await requireShopperId("/orders");
  const t = await getTranslations("orders");
  const format = await getFormatter();
  const orders = await listShopperOrders(shopperId, (await getLocale()) as "zh" | "en");
  return (
    <>
      <h1 className="mb-3 text-lg font-semibold text-slate-900">{t("title")}</h1>
      {orders.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ul className="space-y-3" data-testid="order-list">
          {orders.map((o) => (
            <li key={o.id}>
              <Link href={o.status === "PENDING_PAYMENT" ? `/orders/${o.id}/pay` : `/orders/${o.id}`} className="block rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-brand-300">
                <div className="flex items-center justify-between text-sm">
                  <time className="text-ink-muted">{format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
                  <OrderStatusBadge status={o.status} />
                </div>
                <div className="mt-3 flex items-center gap-2">
                  {o.items.map((i, k) => (
                    <div key={k} className="relative h-14 w-14 overflow-hidden rounded-lg bg-slate-100">
                      {i.imageUrl && <Image src={i.imageUrl} alt={i.name} fill sizes="56px" unoptimized className="object-cover" />}
                    </div>
                  ))}
                  <p className="ml-2 line-clamp-2 flex-1 text-sm text-slate-700">{o.items.map((i) => i.name).join("、")}</p>
                </div>
                <p className="mt-2 text-right text-sm tabular-nums">
                  {t("paidTotal")} <span className="font-semibold text-slate-900">{formatYuan(o.total)}</span>
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
