// GET /api/admin/promotions/{id}/presale – a presale's deposits, balances paid, forfeits and conversion, with its latest purchases
import { staffRoute } from "@/lib/api/handler";
import { presaleAdminView } from "@/lib/presale/presale-admin";

export const GET = staffRoute({ summary: "Presale report of a promotion" }, async ({ actor, params }) => presaleAdminView(actor, params.id));
