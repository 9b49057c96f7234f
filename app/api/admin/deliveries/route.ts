// POST /api/admin/deliveries – a message (and optional coupon) to a segment, now or scheduled; GET – deliveries of the actor's scope
import { z } from "zod";
import { staffRoute, json } from "@/lib/api/handler";
import { createDeliveryBodySchema } from "@/lib/deliveries/delivery-schemas";
import { createDelivery } from "@/lib/deliveries/create-delivery";
import { listDeliveries } from "@/lib/deliveries/delivery-report";

const querySchema = z.object({ cursor: z.string().max(100).optional(), take: z.coerce.number().int().min(1).max(200).optional() });

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: createDeliveryBodySchema, summary: "精准触达: send a message (and a coupon) to a segment, now or at sendAt; one idempotencyKey = one delivery" }, async ({ actor, body }) => {
  const { delivery, replayed } = await createDelivery(actor, body);
  return json({ id: delivery.id, jobId: delivery.jobId, sendAt: delivery.sendAt.toISOString(), replayed }, replayed ? 200 : 201);
});

export const GET = staffRoute({ query: querySchema }, async ({ actor, query }) => listDeliveries(actor, query));
