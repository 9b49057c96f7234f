// DELETE /api/admin/api-keys/{id} – revoke an API key (ADMIN, own scope)
import { staffRoute } from "@/lib/api/handler";
import { revokeApiKey } from "@/lib/staff/manage-staff";

export const DELETE = staffRoute({ roles: ["ADMIN"] }, async ({ actor, params }) => revokeApiKey(actor, params.id));
