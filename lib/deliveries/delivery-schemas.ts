import { z } from "zod";
import { isoDateTimeSchema } from "@/lib/validation/dates";
import { unknownVariables } from "./delivery-template";

/** Our own page: a path on this site (no scheme, no protocol-relative //host), so a tracked link never redirects away. */
export const ownPathSchema = z.string().trim().max(300).regex(/^\/(?!\/)[^\s\\]*$/, "must be a path on this site, starting with /");

export const CHANNELS = ["INBOX", "EMAIL", "SMS", "PUSH"] as const;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "is required")
    .max(max, `at most ${max} characters`)
    .superRefine((v, ctx) => {
      for (const name of unknownVariables(v)) ctx.addIssue({ code: "custom", message: `unknown variable {{${name}}} (use {{name}}, {{shop}}, {{coupon}})` });
    });

/** What a delivery or an automation sends: channels, the message, its email HTML, link and coupon. */
export const messageFields = {
  /** in-site inbox, email, SMS, app push (SPEC §9) */
  channels: z
    .array(z.enum(CHANNELS, { error: `available channels: ${CHANNELS.join(", ")}` }))
    .min(1, "choose at least one channel")
    .max(CHANNELS.length)
    .refine((c) => new Set(c).size === c.length, "a channel is named twice"),
  title: text(80),
  body: text(2000),
  /** the email's HTML with the same {{variables}}; absent: made from the body */
  html: text(20_000).optional(),
  link: ownPathSchema.optional(),
  couponTemplateId: z.string().trim().min(1).max(100).optional(),
};

export const createDeliveryBodySchema = z.object({
  name: z.string().trim().min(1, "is required").max(80, "at most 80 characters"),
  segmentId: z.string().trim().min(1, "is required").max(100),
  ...messageFields,
  /** absent: now */
  sendAt: isoDateTimeSchema.optional(),
  /** one click = one delivery */
  idempotencyKey: z.string().trim().min(8, "at least 8 characters").max(100).optional(),
});
export type CreateDeliveryBody = z.infer<typeof createDeliveryBodySchema>;
