// GET /api/admin/segments/{id} – a segment with its size now and a sample
import { staffRoute } from "@/lib/api/handler";
import { getSegment } from "@/lib/segments/segment-actions";

export const GET = staffRoute({}, async ({ actor, params }) => getSegment(actor, params.id));
