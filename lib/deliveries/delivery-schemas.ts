import { z } from "zod";
import { isoDateTimeSchema } from "@/lib/validation/dates";
import { unknownVariables } from "./delivery-template";

/** Our own page: a path on this site (no scheme, no protocol-relative //host), so a tracked link never redirects away. */
export const ownPathSchema = z.string().trim().max(300).regex(/^\/(?!\/)[^\s\\]*$/, "must be a path on this site, starting with /");

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "is required")
    .max(max, `at most ${max} characters`)
    .superRefine((v, ctx) => {
      for (const name of unknownVariables(v)) ctx.addIssue({ code: "custom", message: `unknown variable {{${name}}} (use {{name}}, {{shop}}, {{coupon}})` });
    });

export const createDeliveryBodySchema = z.object({
  name: z.string().trim().min(1, "is required").max(80, "at most 80 characters"),
  segmentId: z.string().trim().min(1, "is required").max(100),
  /** in-site inbox; other channels come with their providers */
  channels: z.array(z.enum(["INBOX"], { error: "available channels: INBOX" })).min(1, "choose at least one channel").max(1),
  title: text(80),
  body: text(2000),
  link: ownPathSchema.optional(),
  couponTemplateId: z.string().trim().min(1).max(100).optional(),
  /** absent: now */
  sendAt: isoDateTimeSchema.optional(),
  /** one click = one delivery */
  idempotencyKey: z.string().trim().min(8, "at least 8 characters").max(100).optional(),
});
export type CreateDeliveryBody = z.infer<typeof createDeliveryBodySchema>;
