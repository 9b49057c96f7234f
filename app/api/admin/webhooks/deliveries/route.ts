// GET /api/admin/webhooks/deliveries – the delivery log (status, attempts, last answers), newest first
import { staffRoute } from "@/lib/api/handler";
import { deliveriesQuerySchema } from "@/lib/webhooks/webhook-schemas";
import { listDeliveries } from "@/lib/webhooks/webhook-log";

export const GET = staffRoute({ roles: ["ADMIN", "OPERATOR"], query: deliveriesQuerySchema, summary: "Webhook delivery log" }, async ({ actor, query }) => listDeliveries(actor, query));
