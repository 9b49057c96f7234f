// GET /api/admin/live – the war room: every live promotion the actor may see, with its counters and their sums
import { staffRoute } from "@/lib/api/handler";
import { warRoom } from "@/lib/live/live-snapshot";

export const dynamic = "force-dynamic";
export const GET = staffRoute({ summary: "War room: live promotions" }, async ({ actor }) => warRoom(actor));
