// GET /api/admin/risk/report – what the risk check refused or held in 30 days, by action, with its value and the reasons
import { staffRoute } from "@/lib/api/handler";
import { riskReport } from "@/lib/risk/risk-review";

export const GET = staffRoute({ summary: "Risk report" }, async ({ actor }) => riskReport(actor));
