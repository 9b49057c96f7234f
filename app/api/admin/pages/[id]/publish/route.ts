// POST /api/admin/pages/{id}/publish {at?} – the draft becomes a new version, live now or from `at`
import { staffRoute, json } from "@/lib/api/handler";
import { publishBodySchema, publishPage } from "@/lib/pages/page-actions";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: publishBodySchema, summary: "Publish an activity page now or at a time" }, async ({ actor, params, body }) => {
  const v = await publishPage(actor, params.id, body.at);
  return json({ version: v.version, liveFrom: v.liveFrom.toISOString() }, 201);
});
