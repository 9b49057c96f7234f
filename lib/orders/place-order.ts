import { pgPool } from "@/lib/db/pg-pool";
import type { PriceResult } from "@/lib/pricing/price-result";
import type { PricingInput } from "@/lib/pricing/pricing-input";
import { planOrder, type PlanContext } from "./order-plan";
import { writeOrderPlan, type WriteOutcome } from "./write-order-plan";
import { scheduleOrderTimeout } from "./order-timeout";

export type PlaceOptions = Omit<PlanContext, "promotions" | "coupons">;

/** The plan of an order priced as `result` from `input`, with the selected coupons' cost split read from the database. */
export async function planPricedOrder(result: PriceResult, input: Pick<PricingInput, "promotions">, opts: PlaceOptions) {
  const ids = result.coupons.selected;
  const coupons = ids.length
    ? (
        await pgPool().query<PlanContext["coupons"][number]>(
          `SELECT u.id, u."templateId", u."campaignId", t."shopId", t."platformShare", t."shopShare" FROM "UserCoupon" u JOIN "CouponTemplate" t ON t.id = u."templateId" WHERE u.id = ANY($1)`,
          [ids],
        )
      ).rows
    : [];
  const promotions = input.promotions.map((p) => ({ id: p.id, type: p.type, limits: p.limits, rules: p.rules, variantKey: p.variantKey }));
  return planOrder(result, { ...opts, promotions, coupons });
}

/**
 * Places an order priced as `result` from `input`: planned (order-plan.ts) and written by the one
 * writer; a new order gets its payment timeout. Used by checkout (submit-order.ts, group buy
 * through it); the flash-sale wins consumer plans the same way and writes its plans in batches.
 */
export async function placeOrder(result: PriceResult, input: Pick<PricingInput, "promotions">, opts: PlaceOptions): Promise<WriteOutcome> {
  const planned = await planPricedOrder(result, input, opts);
  if (!planned.ok) return planned;
  const out = await writeOrderPlan(planned.plan);
  if (out.ok && out.created) await scheduleOrderTimeout(out.orderId, opts.expiresAt).catch((e) => console.error("could not schedule order timeout (the sweep will catch it)", e));
  return out;
}
