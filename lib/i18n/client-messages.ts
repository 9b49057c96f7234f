import { getMessages } from "next-intl/server";

/**
 * The messages a part of the app's client components use: the shop sends its namespaces only, so
 * a page's payload does not carry the whole admin catalogue (and vice versa).
 */
export async function clientMessages(namespaces: string[]) {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]));
}

export const SHOP_CLIENT_NAMESPACES = ["common", "shop", "center", "flash", "promoType", "cart", "price", "checkout", "coupon", "couponKind", "venue", "orders", "refund", "pay", "group"];
