// GET /api/admin/pages/{id} – the page: draft blocks, versions (live, scheduled); PUT {slug, title, blocks} – save the draft
import { staffRoute } from "@/lib/api/handler";
import { savePageBodySchema } from "@/lib/pages/page-blocks";
import { getPage, saveDraft } from "@/lib/pages/page-actions";

export const GET = staffRoute({ summary: "An activity page with its versions" }, async ({ actor, params }) => getPage(actor, params.id));

export const PUT = staffRoute({ roles: ["ADMIN", "OPERATOR"], body: savePageBodySchema, summary: "Save an activity page's draft" }, async ({ actor, params, body }) => {
  await saveDraft(actor, params.id, body);
  return getPage(actor, params.id);
});
