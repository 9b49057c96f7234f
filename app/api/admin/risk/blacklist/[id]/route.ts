// DELETE /api/admin/risk/blacklist/{id} – take an entry off the blacklist (audited)
import { staffRoute } from "@/lib/api/handler";
import { removeFromBlacklist } from "@/lib/risk/risk-blacklist";

export const DELETE = staffRoute({ roles: ["ADMIN", "OPERATOR"], summary: "Remove from the risk blacklist" }, async ({ actor, params }) => removeFromBlacklist(actor, params.id));
