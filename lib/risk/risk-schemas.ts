import { z } from "zod";
import { BLACKLIST_KINDS } from "./risk-blacklist";

const int = (min: number, max: number) => z.number({ error: "must be a whole number" }).int("must be a whole number").min(min, `at least ${min}`).max(max, `at most ${max}`);

/** PUT /api/admin/risk/settings — any subset; scores 1–100, the review score not above the refuse score. */
export const riskSettingsBodySchema = z.object({
  enabled: z.boolean().optional(),
  perShopperPerMinute: int(1, 100_000).optional(),
  perIpPerMinute: int(1, 1_000_000).optional(),
  accountsPerIpPerHour: int(1, 100_000).optional(),
  highValueCents: int(1, 100_000_000).optional(),
  refundAbuseCount: int(1, 1_000).optional(),
  reviewScore: int(1, 100).optional(),
  refuseScore: int(1, 100).optional(),
});

/** POST /api/admin/risk/blacklist */
export const blacklistBodySchema = z.object({
  kind: z.enum(BLACKLIST_KINDS, { error: `must be one of ${BLACKLIST_KINDS.join(", ")}` }),
  value: z.string().trim().min(1, "is required").max(200, "at most 200 characters"),
  reason: z.string().trim().max(200).optional(),
  shopId: z.string().trim().min(1).max(64).nullish(),
});

/** POST /api/admin/risk/decisions/{id}/review */
export const riskReviewBodySchema = z.object({ outcome: z.enum(["APPROVE", "REJECT"], { error: "must be APPROVE or REJECT" }), note: z.string().trim().max(500).optional() });

export const riskDecisionsQuerySchema = z.object({
  verdict: z.enum(["ALLOW", "REVIEW", "REFUSE"]).optional(),
  reviewStatus: z.enum(["PENDING", "APPROVED", "REJECTED"]).optional(),
  take: z.coerce.number().int().min(1).max(200).default(100),
});
