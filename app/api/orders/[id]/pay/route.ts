// POST /api/orders/{id}/pay – simulated payment: {"result": "success" | "fail"}
import { z } from "zod";
import { shopperRoute } from "@/lib/api/handler";
import { payOrder } from "@/lib/orders/pay-order";

const bodySchema = z.object({ userId: z.string().optional(), result: z.enum(["success", "fail"]).default("success") });

export const POST = shopperRoute({ body: bodySchema }, async ({ body, scope, params }) => payOrder(scope, params.id, body.result === "success"));
