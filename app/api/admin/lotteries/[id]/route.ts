// GET /api/admin/lotteries/{id} – the report: draws, shoppers, points spent, wins per prize against weight and stock
import { staffRoute } from "@/lib/api/handler";
import { lotteryReport } from "@/lib/engagement/lottery";

export const GET = staffRoute({ summary: "A lottery's report" }, async ({ actor, params }) => lotteryReport(actor, params.id));
