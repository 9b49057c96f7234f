import { z } from "zod";
import { segmentRulesSchema } from "./segment-rules";

/** Rules, or a CSV of external ids / emails (one per row; a header row is skipped). */
const source = {
  rules: segmentRulesSchema.optional(),
  csv: z.string().max(5_000_000, "at most 5 MB").optional(),
  /** platform staff choose the shop whose customers the segment reaches; shop staff get their own */
  shopId: z.string().trim().min(1).max(100).nullish(),
};
const oneSource = (b: { rules?: unknown; csv?: string }, ctx: z.RefinementCtx) => {
  if ((b.rules === undefined) === (b.csv === undefined)) ctx.addIssue({ code: "custom", path: ["rules"], message: "give rules or a csv, not both" });
};

export const segmentPreviewBodySchema = z.object(source).superRefine(oneSource);
export const createSegmentBodySchema = z.object({ name: z.string().trim().min(1, "is required").max(80, "at most 80 characters"), ...source }).superRefine(oneSource);
export type SegmentPreviewBody = z.infer<typeof segmentPreviewBodySchema>;
export type CreateSegmentBody = z.infer<typeof createSegmentBodySchema>;
