// POST /api/admin/webhooks/{id}/rotate-secret {idempotencyKey} – a new signing secret, answered once;
// deliveries carry the previous secret's signature too for 24 h (previousSecretUntil)
import { json, staffRoute } from "@/lib/api/handler";
import { rotateWebhookSecret } from "@/lib/webhooks/webhook-subscriptions";
import { rotateWebhookSecretBodySchema } from "@/lib/webhooks/webhook-schemas";

export const POST = staffRoute({ roles: ["ADMIN"], body: rotateWebhookSecretBodySchema, summary: "Rotate the signing secret (the old one signs too for 24 h)" }, async ({ actor, params, body }) => json(await rotateWebhookSecret(actor, params.id, body.idempotencyKey)));
