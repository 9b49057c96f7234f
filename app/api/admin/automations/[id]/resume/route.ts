// POST /api/admin/automations/{id}/resume – fires again from the next tick
import { staffRoute } from "@/lib/api/handler";
import { setAutomationStatus } from "@/lib/automations/automation-actions";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], summary: "Resume a paused automation" }, async ({ actor, params }) => setAutomationStatus(actor, params.id, "ACTIVE"));
