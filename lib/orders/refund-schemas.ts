import { z } from "zod";

export const refundTypeSchema = z.enum(["REFUND_ONLY", "RETURN_AND_REFUND"], { error: "must be REFUND_ONLY or RETURN_AND_REFUND" });

/**
 * A refund request (SPEC §6): lines and quantities, the shopper's reason and the refund type
 * (仅退款 / 退货退款; REFUND_ONLY when left out, as first-round clients send none).
 */
export const refundBodySchema = z.object({
  userId: z.string().optional(),
  lines: z.array(z.object({ skuId: z.string().min(1, "is required"), quantity: z.number().int("must be whole").min(1, "must be at least 1") })).min(1, "name at least one line"),
  reason: z.string({ error: "say why" }).trim().min(2, "say why").max(500, "at most 500 characters"),
  type: refundTypeSchema.default("REFUND_ONLY"),
  idempotencyKey: z.string().trim().min(8).max(100).optional(),
});
export type RefundBody = z.infer<typeof refundBodySchema>;

/** A quote changes nothing, so it needs no reason yet. */
export const refundQuoteBodySchema = refundBodySchema.omit({ idempotencyKey: true }).extend({ reason: z.string().trim().max(500).optional() });
export type RefundQuoteBody = z.infer<typeof refundQuoteBodySchema>;

export const refundDecisionBodySchema = z.object({ reason: z.string().trim().max(500).optional() });
export const refundRejectBodySchema = z.object({ reason: z.string({ error: "say why" }).trim().min(2, "say why").max(500, "at most 500 characters") });

/** What domain callers pass (the system's own refunds may leave the reason and type out). */
export type RefundRequest = Omit<RefundBody, "type" | "reason"> & { type?: RefundBody["type"]; reason?: string };
export type RefundQuoteRequest = Omit<RefundQuoteBody, "type"> & { type?: RefundBody["type"] };
