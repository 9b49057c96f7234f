import { forbidden, notFound } from "@/lib/api/errors";

/**
 * Who acts on a shopper's cart, orders and coupons (SPEC §12): the shopper themself (a shopper
 * session), or an API key of role ADMIN / OPERATOR speaking for them. A shop key (`shopId`) acts
 * only on carts and orders of its own shop's goods and sees only its own shop's coupons.
 */
export type ShopperScope = { kind: "shopper-scope"; shopperId: string; shopId: string | null };

/** Background work of the system itself (timeouts, group expiry): no shopper, no shop limit. */
export type SystemActor = { kind: "system"; name: string };

/** A shopper acting for themself (their session), or a shopper named as a plain id by trusted code. */
export type Acting = ShopperScope | string;

export const asShopper = (shopperId: string): ShopperScope => ({ kind: "shopper-scope", shopperId, shopId: null });
export const scopeOf = (who: Acting): ShopperScope => (typeof who === "string" ? asShopper(who) : who);
export const systemActor = (name: string): SystemActor => ({ kind: "system", name });

/** A shop key may only touch goods of its shop: `shopIds` are the shops of the goods concerned. */
export function assertOwnGoods(scope: ShopperScope, shopIds: Iterable<string>, what = "goods") {
  if (!scope.shopId) return;
  for (const s of shopIds) if (s !== scope.shopId) throw forbidden(`This API key belongs to one shop; it cannot act on another shop's ${what}`);
}

/** Something of another shop, seen through a shop key, does not exist. */
export function assertOwnRecord(scope: ShopperScope, recordShopId: string | null, what: string) {
  if (scope.shopId && recordShopId !== scope.shopId) throw notFound(what);
}

/** The shopper's platform-wide settings and programmes (message channels, invitations): the shopper, or a platform key — not a shop's key. */
export function platformOnly(scope: ShopperScope) {
  if (scope.shopId) throw forbidden("A shop's API key cannot act on the shopper's platform-wide settings");
}
