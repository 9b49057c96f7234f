// POST /api/admin/deliveries/{id}/approve {note?} – an APPROVER lets a large delivery go (not their own)
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { decideDelivery } from "@/lib/deliveries/decide-delivery";
import { deliveryReport } from "@/lib/deliveries/delivery-report";

const bodySchema = z.object({ note: z.string().trim().max(500, "at most 500 characters").optional() });

export const POST = staffRoute({ roles: ["ADMIN", "APPROVER"], body: bodySchema, summary: "Approve a delivery that waits for approval (large audiences)" }, async ({ actor, params, body }) => {
  await decideDelivery(actor, params.id, "approve", body.note);
  return deliveryReport(actor, params.id);
});
