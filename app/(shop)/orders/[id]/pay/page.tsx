import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { getTranslations } from "next-intl/server";
import { requireShopperId } from "@/lib/auth/session-actor";
import { getShopperOrderOrThrow } from "@/lib/orders/order-access";
import { payOrderAction } from "@/lib/orders/shopper-order-actions";
import { formatYuan } from "@/lib/pricing/money";
import { CountdownClient } from "@/components/shop/countdown-client";
import { Notice } from "@/components/ui/notice";

/** The simulated cashier (收银台): pay or fail, with the time left before the order is cancelled. */
export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return shopPageMetadata("payTitle", `/orders/${id}/pay`);
}

export default async function PayPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ failed?: string; error?: string }> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const shopperId = await requireShopperId(`/orders/${id}/pay`);
  const order = await getShopperOrderOrThrow(shopperId, id).catch(() => null);
  if (!order) notFound();
  if (order.status !== "PENDING_PAYMENT") await shopRedirect(`/orders/${id}`);
  const t = await getTranslations("pay");
  const now = new Date().getTime();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <section className="rounded-2xl bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
        <h1 className="text-sm text-ink-muted">{t("title")}</h1>
        <p className="mt-2 text-3xl font-semibold tabular-nums text-slate-900" data-testid="pay-amount">
          {formatYuan(order.total)}
        </p>
        <p className="mt-3 text-sm text-amber-700" data-testid="pay-countdown">
          <CountdownClient to={order.expiresAt.toISOString()} serverNow={now} label={t("closesIn", { time: "{time}" })} doneLabel={t("closed")} dayUnit={t("dayUnit")} />
        </p>
      </section>
      {sp.failed && (
        <Notice tone="error">
          {t("failed")}
        </Notice>
      )}
      {sp.error && (
        <Notice tone="error">
          {t("error", { code: sp.error })}
        </Notice>
      )}
      <form action={payOrderAction} className="grid gap-3">
        <input type="hidden" name="orderId" value={order.id} />
        <button name="result" value="SUCCESS" className="rounded-full bg-brand-600 py-3 font-medium text-white hover:bg-brand-700">
          {t("pay")}
        </button>
        <button name="result" value="FAIL" className="rounded-full py-3 text-sm text-slate-600 ring-1 ring-slate-300 hover:bg-slate-100">
          {t("simulateFailure")}
        </button>
      </form>
      <Link href={`/orders/${order.id}`} className="block text-center text-sm text-ink-muted underline">
        {t("viewOrder")}
      </Link>
    </div>
  );
}
