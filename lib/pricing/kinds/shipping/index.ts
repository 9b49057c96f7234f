import { formatYuan } from "../../money";
import type { ShippingKind } from "../kind";
import { shippingRulesSchema } from "./rules";

/** Applied by the shipping stage (lib/pricing/stages/shipping.ts), per shop, after every goods discount. */
export const shippingKind: ShippingKind<"SHIPPING", typeof shippingRulesSchema> = {
  type: "SHIPPING",
  stage: "shipping",
  rulesSchema: shippingRulesSchema,
  labels: { zh: "包邮", en: "Free shipping" },
  shopperRank: 8,
  describe: (r, { locale }) => {
    const zh = locale === "zh";
    return [r.free ? (zh ? `满 ${formatYuan(r.threshold)} 包邮` : `Free shipping from ${formatYuan(r.threshold)}`) : zh ? `满 ${formatYuan(r.threshold)} 运费减 ${formatYuan(r.amountOff!)}` : `${formatYuan(r.amountOff!)} off shipping from ${formatYuan(r.threshold)}`];
  },
  hintReward: () => "free shipping",
  scopeFromRules: () => false,
};
