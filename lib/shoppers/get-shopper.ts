import { db } from "@/lib/db/client";
import { notFound } from "@/lib/api/errors";
import { toShopperDto } from "./shopper-dto";

export async function getShopper(id: string) {
  const s = await db.shopper.findUnique({ where: { id } });
  if (!s) throw notFound("shopper");
  return toShopperDto(s);
}
