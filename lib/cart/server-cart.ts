import { db } from "@/lib/db/client";
import { fromStored, storedLine, type CartLine } from "./cart-line";

// A signed-in shopper's cart is also kept on the server (SPEC §9: the abandoned-cart automation
// must see it; it also follows the shopper to another device). `updatedAt` changes only when the
// lines do: it is the cart's version, the abandoned-cart automation's "occurrence".

export async function saveServerCart(shopperId: string, lines: CartLine[], now = new Date()) {
  const value = lines.map(storedLine);
  const before = await db.cart.findUnique({ where: { shopperId } });
  if (before && JSON.stringify(before.lines) === JSON.stringify(value)) return;
  if (!lines.length) {
    await db.cart.deleteMany({ where: { shopperId } });
    return;
  }
  await db.cart.upsert({ where: { shopperId }, create: { shopperId, lines: value, updatedAt: now }, update: { lines: value, updatedAt: now } });
}

export async function readServerCart(shopperId: string): Promise<CartLine[]> {
  const row = await db.cart.findUnique({ where: { shopperId } });
  return ((row?.lines ?? []) as (string | number)[][]).map(fromStored);
}
