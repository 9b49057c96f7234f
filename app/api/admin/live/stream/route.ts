// GET /api/admin/live/stream – the war room pushed every 2 s (server-sent events)
import { staffRoute } from "@/lib/api/handler";
import { warRoom } from "@/lib/live/live-snapshot";
import { eventStream } from "@/lib/live/event-stream";

export const dynamic = "force-dynamic";
export const GET = staffRoute({ summary: "War room (text/event-stream)" }, async ({ actor }) => eventStream(() => warRoom(actor)));
