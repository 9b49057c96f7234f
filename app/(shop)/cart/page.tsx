import { shopPageMetadata } from "@/lib/seo/shop-metadata";
import { getLocale, getTranslations } from "next-intl/server";
import { requireShopperId } from "@/lib/auth/session-actor";
import { readCart } from "@/lib/cart/cart-cookie";
import { cartView } from "@/lib/cart/cart-view";
import { EmptyState } from "@/components/ui/empty-state";
import { CartClient } from "@/components/shop/cart/cart-client";

export const generateMetadata = () => shopPageMetadata("cartTitle", "/cart");

export default async function CartPage() {
  const shopperId = await requireShopperId("/cart");
  const t = await getTranslations("cart");
  const lines = await readCart();
  if (!lines.length) return <EmptyState title={t("empty")} />;
  const view = await cartView(shopperId, lines, (await getLocale()) as "zh" | "en");
  return (
    <>
      <h1 className="mb-3 text-lg font-semibold text-slate-900">{t("title")}</h1>
      <CartClient initialLines={view.lines} initialResult={view.result} covering={view.covering} meta={view.meta} names={view.names} shopNames={view.shopNames} />
    </>
  );
}
