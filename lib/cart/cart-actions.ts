"use server";
import { shopRedirect } from "@/lib/i18n/shop-redirect";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { changeLine, readCart, writeCart } from "./cart-cookie";

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
