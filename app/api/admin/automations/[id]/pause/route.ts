// POST /api/admin/automations/{id}/pause – stops firing (what it fired is still sent)
import { staffRoute } from "@/lib/api/handler";
import { setAutomationStatus } from "@/lib/automations/automation-actions";

export const POST = staffRoute({ roles: ["ADMIN", "OPERATOR"], summary: "Pause an automation" }, async ({ actor, params }) => setAutomationStatus(actor, params.id, "PAUSED"));
