import { cookies } from "next/headers";
import { z } from "zod";
import { getShopperId } from "@/lib/auth/session-actor";
import { readServerCart, saveServerCart } from "./server-cart";
import { fromStored, storedLine, type CartLine } from "./cart-line";

export { checkedLines, tickLines, type CartLine } from "./cart-line";

export const CART_COOKIE = "cart";
const MAX_LINES = 50;
const cartSchema = z.array(z.tuple([z.string().min(1).max(64), z.number().int().min(1).max(999)]).rest(z.literal(0))).max(MAX_LINES);

/**
 * The cart lives in a cookie (no account needed to fill it); it is only ever priced on the server.
 * A signed-in shopper's cart is also saved on the server (server-cart.ts): without a cookie (a new
 * device), that one is read.
 */
export async function readCart(knownShopperId?: string): Promise<CartLine[]> {
  const raw = (await cookies()).get(CART_COOKIE)?.value;
  if (!raw) {
    // a caller that already knows the shopper saves the session lookup
    const shopperId = knownShopperId ?? (await getShopperId().catch(() => null));
    return shopperId ? readServerCart(shopperId).catch(() => []) : [];
  }
  try {
    return cartSchema.parse(JSON.parse(raw)).map(fromStored);
  } catch {
    return [];
  }
}

export async function writeCart(lines: CartLine[]) {
  const store = await cookies();
  const kept = lines.filter((l) => l.quantity > 0).slice(0, MAX_LINES);
  if (!kept.length) store.delete(CART_COOKIE);
  else store.set(CART_COOKIE, JSON.stringify(kept.map(storedLine)), { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 30, httpOnly: false });
  const shopperId = await getShopperId().catch(() => null);
  if (shopperId) await saveServerCart(shopperId, kept);
}

/** Sets a line's quantity (0 removes it); `add` adds to what is there. */
export function changeLine(lines: CartLine[], skuId: string, quantity: number, add = false): CartLine[] {
  const at = lines.findIndex((l) => l.skuId === skuId);
  const next = Math.max(0, Math.min(999, (add && at >= 0 ? lines[at].quantity : 0) + quantity));
  if (at < 0) return next > 0 ? [...lines, { skuId, quantity: next }] : lines;
  return lines.map((l, i) => (i === at ? { ...l, quantity: next } : l)).filter((l) => l.quantity > 0);
}
