// GET /api/coupons/mine?userId=&state= – the shopper's coupons by state, with expiry reminders
import { z } from "zod";
import { shopperRoute } from "@/lib/api/handler";
import { listMyCoupons } from "@/lib/coupons/list-my-coupons";

const querySchema = z.object({ userId: z.string().optional(), state: z.enum(["UNUSED", "LOCKED", "USED", "EXPIRED"]).optional() });

export const GET = shopperRoute({ query: querySchema }, async ({ scope, query }) => listMyCoupons(scope, query.state));
