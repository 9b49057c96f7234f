import { z } from "zod";
import { messageFields } from "@/lib/deliveries/delivery-schemas";

/**
 * 自动化营销 (SPEC §9). `wait` means, per trigger:
 *  ABANDONED_CART hours the cart sits untouched without an order (1–168);
 *  BIRTHDAY       days before the birthday (0–30);
 *  WIN_BACK       days without a paid order (7–730);
 *  SECOND_ORDER   hours after the first order is paid (0–720).
 */
export const TRIGGERS = { ABANDONED_CART: [1, 168], BIRTHDAY: [0, 30], WIN_BACK: [7, 730], SECOND_ORDER: [0, 720] } as const;
export type Trigger = keyof typeof TRIGGERS;

export const createAutomationBodySchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(80, "at most 80 characters"),
    trigger: z.enum(Object.keys(TRIGGERS) as [Trigger, ...Trigger[]], { error: `one of ${Object.keys(TRIGGERS).join(", ")}` }),
    wait: z.number({ error: "must be a whole number" }).int("must be a whole number").min(0).max(730),
    /** the condition: only shoppers in this segment */
    segmentId: z.string().trim().min(1).max(100).optional(),
    ...messageFields,
  })
  .superRefine((b, ctx) => {
    const [lo, hi] = TRIGGERS[b.trigger];
    if (b.wait < lo || b.wait > hi) ctx.addIssue({ code: "custom", path: ["wait"], message: `must be between ${lo} and ${hi} for ${b.trigger}` });
  });
export type CreateAutomationBody = z.infer<typeof createAutomationBodySchema>;
