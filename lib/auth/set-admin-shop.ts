"use server";
import { cookies } from "next/headers";
import { ADMIN_SHOP_COOKIE } from "./admin-context";

export async function setAdminShop(formData: FormData) {
  const shopId = String(formData.get("shopId") ?? "");
  const jar = await cookies();
  if (shopId) jar.set(ADMIN_SHOP_COOKIE, shopId, { path: "/admin", sameSite: "lax" });
  else jar.delete({ name: ADMIN_SHOP_COOKIE, path: "/admin" });
}
