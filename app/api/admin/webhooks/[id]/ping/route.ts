// POST /api/admin/webhooks/{id}/ping – send a signed webhook.test event to this subscription
import { json, staffRoute } from "@/lib/api/handler";
import { pingWebhook } from "@/lib/webhooks/webhook-subscriptions";

export const POST = staffRoute({ roles: ["ADMIN"], summary: "Send a test event" }, async ({ actor, params }) => json(await pingWebhook(actor, params.id), 202));
