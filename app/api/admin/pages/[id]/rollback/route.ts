// POST /api/admin/pages/{id}/rollback {version} – an older version live again now (as a new version)
import { staffRoute, json } from "@/lib/api/handler";
import { rollbackBodySchema, rollbackPage } from "@/lib/pages/page-actions";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: rollbackBodySchema, summary: "Roll an activity page back to a version" }, async ({ actor, params, body }) => {
  const v = await rollbackPage(actor, params.id, body.version);
  return json({ version: v.version, restoredFrom: v.restoredFrom, liveFrom: v.liveFrom.toISOString() }, 201);
});
