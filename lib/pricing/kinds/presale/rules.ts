import { z } from "zod";
import { centsSchema } from "../../money-schemas";
import { isoDateTimeSchema } from "@/lib/validation/dates";

const whole = (min: number, max: number) => z.number({ error: "must be a whole number" }).int("must be a whole number").min(min, `at least ${min}`).max(max, `at most ${max}`);

/**
 * 预售 (定金膨胀): per SKU a deposit paid in the promotion's window and what it is worth off the
 * balance (`depositValue` ≥ `deposit`), the units for sale and a per-shopper limit; the balance is
 * paid in [balanceStartsAt, balanceEndsAt), which starts no earlier than the presale ends.
 */
export const presaleRulesSchema = z
  .object({
    items: z
      .array(
        z.object({
          skuId: z.string().min(1).max(100),
          deposit: centsSchema.refine((c) => c > 0, "must be more than 0"),
          depositValue: centsSchema,
          stock: whole(1, 1_000_000),
          perUserLimit: whole(1, 99).default(1),
        }),
      )
      .min(1, "add at least one SKU")
      .max(20, "at most 20 SKUs"),
    balanceStartsAt: isoDateTimeSchema,
    balanceEndsAt: isoDateTimeSchema,
  })
  .superRefine((r, ctx) => {
    r.items.forEach((it, i) => {
      if (it.depositValue < it.deposit) ctx.addIssue({ code: "custom", path: ["items", i, "depositValue"], message: "must be at least the deposit" });
      if (r.items.findIndex((x) => x.skuId === it.skuId) !== i) ctx.addIssue({ code: "custom", path: ["items", i, "skuId"], message: "is listed twice" });
    });
    if (new Date(r.balanceEndsAt) <= new Date(r.balanceStartsAt)) ctx.addIssue({ code: "custom", path: ["balanceEndsAt"], message: "must be after the balance window starts" });
  });
export type PresaleRules = z.infer<typeof presaleRulesSchema>;
export type PresaleItem = PresaleRules["items"][number];
