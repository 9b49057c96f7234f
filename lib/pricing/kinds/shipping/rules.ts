import { z } from "zod";
import { centsSchema } from "../../money-schemas";

/** 包邮 / 运费减免: from `threshold` (the shop's payable goods), free or `amountOff` the fee. */
export const shippingRulesSchema = z
  .object({ threshold: centsSchema, amountOff: centsSchema.positive().optional(), free: z.boolean().optional() })
  .refine((r) => r.free === true || r.amountOff !== undefined, { message: "give amountOff or free: true", path: ["amountOff"] });
export type ShippingRules = z.infer<typeof shippingRulesSchema>;
