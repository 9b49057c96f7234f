"use server";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { changeLine, readCart, tickLines, writeCart } from "./cart-cookie";

const lineForm = z.object({ skuId: z.string().min(1), quantity: z.coerce.number().int().min(0).max(999), add: z.string().optional(), next: z.string().optional() });

/** Add to cart / set a quantity from a plain form (works before client scripts load). */
export async function changeCartLineAction(form: FormData) {
  const parsed = lineForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const { skuId, quantity, add, next } = parsed.data;
  if (!(await db.sku.findUnique({ where: { id: skuId }, select: { id: true } }))) return;
  await writeCart(changeLine(await readCart(), skuId, quantity, add === "1"));
  revalidatePath("/cart");
  if (next?.startsWith("/") && !next.startsWith("//")) await shopRedirect(next);
}

/** The cart page's live quantity change: persist only (the client prices through the API). */
export async function setCartQuantity(skuId: string, quantity: number) {
  const q = z.number().int().min(0).max(999).safeParse(quantity);
  if (!q.success) return readCart();
  const lines = changeLine(await readCart(), skuId, q.data);
  await writeCart(lines);
  return lines;
}

const skuIdsSchema = z.array(z.string().min(1).max(64)).max(50).nullable();

/** Ticks or unticks cart lines (null: all) — what the cart prices and checkout orders. */
export async function tickCartLines(skuIds: string[] | null, checked: boolean) {
  const ids = skuIdsSchema.safeParse(skuIds);
  if (!ids.success || typeof checked !== "boolean") return readCart();
  const lines = tickLines(await readCart(), ids.data, checked);
  await writeCart(lines);
  return lines;
}

/** Removes cart lines (the cart's 删除). */
export async function removeCartLines(skuIds: string[]) {
  const ids = skuIdsSchema.safeParse(skuIds);
  if (!ids.success || !ids.data) return readCart();
  const lines = (await readCart()).filter((l) => !ids.data!.includes(l.skuId));
  await writeCart(lines);
  return lines;
}

const tickForm = z.object({ skuIds: z.string().max(3300).optional(), checked: z.enum(["0", "1"]).optional(), remove: z.string().optional() });

/**
 * The same from a plain form (before scripts load): tick / untick lines (`skuIds` comma-separated;
 * none: every line), or remove them (`remove`).
 */
export async function cartLineFormAction(form: FormData) {
  const parsed = tickForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const { checked, remove } = parsed.data;
  const skuIds = parsed.data.skuIds ? parsed.data.skuIds.split(",").filter(Boolean) : null;
  if (remove) {
    if (skuIds) await removeCartLines(skuIds);
  } else if (checked) await tickCartLines(skuIds, checked === "1");
  revalidatePath("/cart");
}

const buyForm = z.object({ productId: z.string().min(1).max(64), skuId: z.string().min(1).max(64), quantity: z.coerce.number().int().min(1).max(999), intent: z.enum(["cart", "buy"]) });

/**
 * The product page's buy bar: 加入购物车 adds the chosen SKU × quantity; 立即购买 puts exactly that
 * in the cart, ticked, unticks every other line (they stay in the cart) and goes to checkout.
 * A SKU of another product, unknown or sold out changes nothing.
 */
export async function productBuyAction(form: FormData) {
  const parsed = buyForm.safeParse(Object.fromEntries(form));
  if (!parsed.success) return;
  const { productId, skuId, quantity, intent } = parsed.data;
  const sku = await db.sku.findFirst({ where: { id: skuId, productId, product: { active: true } }, select: { stock: true } });
  if (!sku || sku.stock <= 0) await shopRedirect(`/products/${productId}?soldOut=${skuId}`);
  const q = Math.min(quantity, sku!.stock);
  const cart = await readCart();
  if (intent === "cart") {
    await writeCart(changeLine(cart, skuId, q, true));
    revalidatePath("/cart");
    await shopRedirect(`/products/${productId}?added=${skuId}`);
  }
  await writeCart(tickLines(changeLine(tickLines(cart, null, false), skuId, q), [skuId], true));
  await shopRedirect("/checkout");
}
