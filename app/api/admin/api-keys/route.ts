// POST /api/admin/api-keys – ADMIN creates an API key for their scope; the key is shown once
import { staffRoute, json } from "@/lib/api/handler";
import { createApiKeyBodySchema } from "@/lib/api-keys/api-key-schemas";
import { createApiKey } from "@/lib/api-keys/create-api-key";

export const POST = staffRoute({ roles: ["ADMIN"], body: createApiKeyBodySchema }, async ({ actor, body }) =>
  json(await createApiKey(actor, body), 201),
);
