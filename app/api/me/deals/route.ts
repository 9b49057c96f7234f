// POST /api/me/deals – a signed-in shopper's own 到手价 for SKUs shown on a cached page, their venue progress; records the view
import { publicRoute } from "@/lib/api/handler";
import { personalOffers, personalOffersBodySchema } from "@/lib/catalogue/personal-offers";

export const POST = publicRoute({ body: personalOffersBodySchema, summary: "A signed-in shopper's 到手价 per SKU and venue progress (visitors: nothing)" }, async ({ actor, body }) =>
  actor?.kind === "shopper" ? { signedIn: true, ...(await personalOffers(actor.id, body)) } : { signedIn: false, deals: {}, labels: {}, progress: null },
);
