import { z } from "zod";

export const ALERT_KINDS = ["BUDGET_BURN", "STOCK_LOW", "ROI_BELOW", "CLAIM_RATE", "ATTEMPT_RATE", "COUNTER_DRIFT", "CLAIM_SPIKE", "ATTEMPT_SPIKE"] as const;

/** What a threshold means per kind, and its possible range (an impossible threshold is a field error). */
export const THRESHOLD_RANGE: Record<(typeof ALERT_KINDS)[number], { min: number; max: number; unit: string }> = {
  BUDGET_BURN: { min: 1, max: 100, unit: "% of the budget used" },
  STOCK_LOW: { min: 0, max: 1_000_000, unit: "units left at most" },
  ROI_BELOW: { min: 1, max: 100_000, unit: "ROI × 100 (150 = 1.5)" },
  CLAIM_RATE: { min: 1, max: 1_000_000, unit: "claims per minute" },
  ATTEMPT_RATE: { min: 1, max: 1_000_000, unit: "attempts per second" },
  COUNTER_DRIFT: { min: 0, max: 100_000_000, unit: "cents of discount cost" },
  CLAIM_SPIKE: { min: 110, max: 100_000, unit: "% of the normal claim rate (300 = 3×)" },
  ATTEMPT_SPIKE: { min: 110, max: 100_000, unit: "% of the normal attempt rate (300 = 3×)" },
};

const id = z.string().trim().min(1).max(64);

/** POST /api/admin/alert-rules */
export const createAlertRuleBodySchema = z
  .object({
    kind: z.enum(ALERT_KINDS, { error: `must be one of ${ALERT_KINDS.join(", ")}` }),
    threshold: z.number({ error: "must be a whole number" }).int("must be a whole number"),
    promotionId: id.nullish(),
    campaignId: id.nullish(),
    /** platform staff: a shop's rule (every live promotion of that shop); absent: the platform's */
    shopId: id.nullish(),
  })
  .superRefine((r, ctx) => {
    const range = THRESHOLD_RANGE[r.kind];
    if (r.threshold < range.min || r.threshold > range.max) ctx.addIssue({ code: "custom", path: ["threshold"], message: `must be ${range.min}–${range.max} (${range.unit})` });
    const claims = r.kind === "CLAIM_RATE" || r.kind === "CLAIM_SPIKE";
    if (claims && r.promotionId) ctx.addIssue({ code: "custom", path: ["promotionId"], message: "a claim-rate rule watches coupon campaigns: give campaignId" });
    if (!claims && r.campaignId) ctx.addIssue({ code: "custom", path: ["campaignId"], message: "only claim-rate rules watch a campaign" });
  });

/** PATCH /api/admin/alert-rules/{id} */
export const updateAlertRuleBodySchema = z.object({ active: z.boolean() });

/** POST /api/admin/alerts/{id}/acknowledge | resolve */
export const alertNoteBodySchema = z.object({ note: z.string().trim().max(500, "at most 500 characters").optional() });

export const alertsQuerySchema = z.object({ status: z.enum(["OPEN", "ACKNOWLEDGED", "RESOLVED"]).optional(), take: z.coerce.number().int().min(1).max(200).default(100) });
