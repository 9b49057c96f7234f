// GET /api/admin/members/reconcile – shoppers whose balance differs from their points ledger's sum (should be none)
import { staffRoute } from "@/lib/api/handler";
import { forbidden } from "@/lib/api/errors";
import { reconcilePoints } from "@/lib/engagement/points-account";

export const GET = staffRoute({ summary: "Points reconciliation: balance vs ledger" }, async ({ actor }) => {
  if (actor.shopId) throw forbidden("Points are the platform's");
  return reconcilePoints();
});
