// GET /api/flash-sales/{promotionId}/stock — units left per SKU (the venue polls it).
import { publicRoute } from "@/lib/api/handler";
import { remaining } from "@/lib/flash-sale/flash-venue";

export const GET = publicRoute({}, async ({ params }) => ({ promotionId: params.promotionId, left: await remaining(params.promotionId) }));
