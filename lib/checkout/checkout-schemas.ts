import { z } from "zod";
import { channelSchema } from "@/lib/pricing/promotion-config";
import { centsSchema } from "@/lib/pricing/money-schemas";

export const checkoutLineSchema = z.object({
  skuId: z.string().min(1, "is required"),
  quantity: z.number().int("must be a whole number").min(1, "must be at least 1").max(999, "at most 999"),
});

export const priceCartBodySchema = z.object({
  userId: z.string().optional(),
  lines: z.array(checkoutLineSchema).min(1, "add at least one line").max(100, "at most 100 lines"),
  couponIds: z.array(z.string().min(1)).max(20).optional(),
  autoSelectCoupons: z.boolean().optional(),
  region: z.string().trim().max(60).optional(),
  channel: channelSchema.optional(),
});
export type PriceCartBody = z.infer<typeof priceCartBodySchema>;

export const submitOrderBodySchema = priceCartBodySchema.extend({
  idempotencyKey: z.string().trim().min(8, "at least 8 characters").max(100),
  /** what the shopper was shown (cents): a different server price is 409 PRICE_CHANGED, nothing created */
  expectedTotal: centsSchema.optional(),
});
export type SubmitOrderBody = z.infer<typeof submitOrderBodySchema>;

/** Same SKU twice in a request is one line with the quantities added. */
export function mergeLines(lines: { skuId: string; quantity: number }[]) {
  const merged = new Map<string, number>();
  for (const l of lines) merged.set(l.skuId, (merged.get(l.skuId) ?? 0) + l.quantity);
  return [...merged].map(([skuId, quantity]) => ({ skuId, quantity }));
}
