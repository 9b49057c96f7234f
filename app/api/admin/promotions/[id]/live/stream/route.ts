// GET /api/admin/promotions/{id}/live/stream – the live figures pushed every 2 s (server-sent events)
import { staffRoute } from "@/lib/api/handler";
import { liveSnapshot } from "@/lib/live/live-snapshot";
import { eventStream } from "@/lib/live/event-stream";

export const dynamic = "force-dynamic";
export const GET = staffRoute({ summary: "Live figures of a promotion (text/event-stream)" }, async ({ actor, params }) => {
  await liveSnapshot(actor, params.id); // 404 / 403 before the stream opens
  return eventStream(() => liveSnapshot(actor, params.id));
});
