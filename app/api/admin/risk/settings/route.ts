// GET /api/admin/risk/settings – the risk thresholds in force for the actor's shop (or the platform default) · PUT – change them (audited)
import { staffRoute } from "@/lib/api/handler";
import { riskSettingsBodySchema } from "@/lib/risk/risk-schemas";
import { getRiskSettings, saveRiskSettings } from "@/lib/risk/risk-review";

export const GET = staffRoute({ summary: "Risk thresholds" }, async ({ actor }) => getRiskSettings(actor));
export const PUT = staffRoute({ roles: ["ADMIN"], body: riskSettingsBodySchema, summary: "Change the risk thresholds" }, async ({ actor, body }) => saveRiskSettings(actor, body));
