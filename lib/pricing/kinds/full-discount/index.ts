import { formatYuan } from "../../money";
import type { OrderKind } from "../kind";
import { measureTiers } from "../tier-measure";
import { percentWords, thresholdWords } from "../shared";
import { fullDiscount } from "./apply";
import { fullDiscountRulesSchema } from "./rules";

export const fullDiscountKind: OrderKind<"FULL_DISCOUNT", typeof fullDiscountRulesSchema> = {
  type: "FULL_DISCOUNT",
  stage: "order",
  rulesSchema: fullDiscountRulesSchema,
  labels: { zh: "满折", en: "Spend & % off" },
  shopperRank: 4,
  measure: (rules, m) => measureTiers(rules.basis, fullDiscount(rules, m.base, m.units), m),
  earnedOnKept: (rules, kept) => fullDiscount(rules, kept.base, kept.units).discount,
  describe: (r, { locale }) => r.tiers.map((t) => (locale === "zh" ? `满 ${thresholdWords(r.basis, t.threshold, locale)} 打 ${percentWords(t.percentOff, locale)}` : `${thresholdWords(r.basis, t.threshold, locale)} or more: ${percentWords(t.percentOff, locale)}`)),
  hintReward: (amountOff) => `${formatYuan(amountOff)} off`,
  scopeFromRules: () => false,
};
