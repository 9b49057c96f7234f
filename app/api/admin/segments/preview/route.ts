// POST /api/admin/segments/preview – the size and a sample of rules or a CSV before saving; changes nothing
import { staffRoute } from "@/lib/api/handler";
import { segmentPreviewBodySchema } from "@/lib/segments/segment-schemas";
import { previewSegment } from "@/lib/segments/segment-actions";

export const POST = staffRoute({ body: segmentPreviewBodySchema, summary: "人群预览: size and a sample (rules), matched and unknown rows (CSV); saves nothing" }, async ({ actor, body }) => previewSegment(actor, body));
