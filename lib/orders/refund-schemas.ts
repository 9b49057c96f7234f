import { z } from "zod";

export const refundBodySchema = z.object({
  userId: z.string().optional(),
  lines: z.array(z.object({ skuId: z.string().min(1, "is required"), quantity: z.number().int("must be whole").min(1, "must be at least 1") })).min(1, "name at least one line"),
  reason: z.string().trim().max(500).optional(),
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
});
export type RefundBody = z.infer<typeof refundBodySchema>;
