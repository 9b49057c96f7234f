// GET /api/lotteries/{id} – the wheel: prizes, cost, free draws left today and my draws (signed in)
import { publicRoute } from "@/lib/api/handler";
import { lotteryView } from "@/lib/engagement/lottery";

export const GET = publicRoute({ summary: "A lottery's wheel" }, async ({ actor, params }) => lotteryView(params.id, actor?.kind === "shopper" ? actor.id : null));
