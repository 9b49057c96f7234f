// POST /api/admin/promotions/{id}/simulate – price a sample cart as a shopper as if the promotion were live
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { priceCartBodySchema } from "@/lib/checkout/checkout-schemas";
import { simulatePromotion } from "@/lib/promotions/simulate-promotion";

const bodySchema = priceCartBodySchema.extend({ userId: z.string().min(1, "choose a shopper") });

export const POST = staffRoute({ body: bodySchema }, async ({ actor, params, body }) => simulatePromotion(actor, params.id, body));
