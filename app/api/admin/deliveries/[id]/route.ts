// GET /api/admin/deliveries/{id} – progress and the funnel report (sent, opened, clicked, converted, GMV, coupon cost, ROI)
import { staffRoute } from "@/lib/api/handler";
import { deliveryReport } from "@/lib/deliveries/delivery-report";

export const GET = staffRoute({}, async ({ actor, params }) => deliveryReport(actor, params.id));
