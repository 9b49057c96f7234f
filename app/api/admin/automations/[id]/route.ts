// GET /api/admin/automations/{id} – the automation and its funnel (sent, opened, clicked, converted, GMV, coupon cost, ROI)
import { staffRoute } from "@/lib/api/handler";
import { automationReport } from "@/lib/automations/automation-actions";

export const GET = staffRoute({}, async ({ actor, params }) => automationReport(actor, params.id));
