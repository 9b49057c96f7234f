// PATCH /api/admin/webhooks/{id} – change URL, events, description or pause it · DELETE – remove it
import { staffRoute } from "@/lib/api/handler";
import { updateWebhookBodySchema } from "@/lib/webhooks/webhook-schemas";
import { deleteWebhook, updateWebhook } from "@/lib/webhooks/webhook-subscriptions";

export const PATCH = staffRoute({ roles: ["ADMIN"], body: updateWebhookBodySchema, summary: "Change a webhook subscription" }, async ({ actor, params, body }) => updateWebhook(actor, params.id, body));
export const DELETE = staffRoute({ roles: ["ADMIN"], summary: "Delete a webhook subscription" }, async ({ actor, params }) => deleteWebhook(actor, params.id));
