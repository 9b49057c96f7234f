// GET /api/me/presales – the shopper's presales: deposit, balance window, status, and the balance as priced now when its window is open
import { shopperRoute } from "@/lib/api/handler";
import { myPresales } from "@/lib/presale/my-presales";

export const GET = shopperRoute({ summary: "The shopper's presales" }, async ({ scope }) => ({ items: await myPresales(scope.shopperId, new Date(), scope.shopId) }));
