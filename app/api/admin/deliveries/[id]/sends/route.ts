// GET /api/admin/deliveries/{id}/sends – what the recording provider recorded for this delivery (SMS, push, email without SMTP)
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { visibleDelivery } from "@/lib/deliveries/delivery-report";
import { recordedSends } from "@/lib/deliveries/delivery-clicks";

const querySchema = z.object({ cursor: z.string().max(100).optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const GET = staffRoute({ query: querySchema, summary: "Recorded SMS / push / email sends of a delivery" }, async ({ actor, params, query }) => {
  await visibleDelivery(actor, params.id);
  return recordedSends(params.id, { ...query, masked: actor.shopId !== null });
});
