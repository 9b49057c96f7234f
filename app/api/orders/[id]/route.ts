// GET /api/orders/{id} – the order with lines, ledger, refunds and status (its shopper, a key acting for them with userId, or staff of its shops)
import { z } from "zod";
import { readerRoute } from "@/lib/api/handler";
import { getOrderDetail } from "@/lib/orders/order-detail";

const querySchema = z.object({ userId: z.string().optional() });

export const GET = readerRoute({ query: querySchema, summary: "An order with its lines, ledger, refunds and status" }, async ({ who, params }) => getOrderDetail(who, params.id));
