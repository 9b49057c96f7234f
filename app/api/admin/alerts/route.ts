// GET /api/admin/alerts – raised alerts, newest first (?status=OPEN|ACKNOWLEDGED|RESOLVED)
import { staffRoute } from "@/lib/api/handler";
import { alertsQuerySchema } from "@/lib/alerts/alert-schemas";
import { listAlerts } from "@/lib/alerts/alert-rules";

export const GET = staffRoute({ query: alertsQuerySchema, summary: "Alerts" }, async ({ actor, query }) => ({ items: await listAlerts(actor, query) }));
