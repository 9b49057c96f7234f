// POST /api/admin/deliveries/{id}/reject {note?} – an APPROVER stops a delivery that waits for approval
import { z } from "zod";
import { staffRoute } from "@/lib/api/handler";
import { decideDelivery } from "@/lib/deliveries/decide-delivery";
import { deliveryReport } from "@/lib/deliveries/delivery-report";

const bodySchema = z.object({ note: z.string().trim().max(500, "at most 500 characters").optional() });

export const POST = staffRoute({ roles: ["ADMIN", "APPROVER"], body: bodySchema, summary: "Reject a delivery that waits for approval" }, async ({ actor, params, body }) => {
  await decideDelivery(actor, params.id, "reject", body.note);
  return deliveryReport(actor, params.id);
});
