// POST /api/admin/webhooks/deliveries/{id}/replay – send a delivery again now (same event id)
import { staffRoute } from "@/lib/api/handler";
import { replayDelivery } from "@/lib/webhooks/webhook-log";

export const POST = staffRoute({ roles: ["ADMIN"], summary: "Replay a webhook delivery" }, async ({ actor, params }) => replayDelivery(actor, params.id));
