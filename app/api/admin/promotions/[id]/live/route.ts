// GET /api/admin/promotions/{id}/live – the promotion's live figures now (counters kept as events happen)
import { staffRoute } from "@/lib/api/handler";
import { liveSnapshot } from "@/lib/live/live-snapshot";

export const dynamic = "force-dynamic";
export const GET = staffRoute({ summary: "Live figures of a promotion" }, async ({ actor, params }) => liveSnapshot(actor, params.id));
