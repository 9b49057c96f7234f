import { formatYuan } from "../../money";
import type { OrderKind } from "../kind";
import { measureTiers } from "../tier-measure";
import { thresholdWords } from "../shared";
import { fullReduction } from "./apply";
import { fullReductionRulesSchema } from "./rules";

export const fullReductionKind: OrderKind<"FULL_REDUCTION", typeof fullReductionRulesSchema> = {
  type: "FULL_REDUCTION",
  stage: "order",
  rulesSchema: fullReductionRulesSchema,
  labels: { zh: "满减", en: "Spend & save" },
  shopperRank: 3,
  measure: (rules, m) => measureTiers(rules.basis, fullReduction(rules, m.base, m.units), m),
  earnedOnKept: (rules, kept) => fullReduction(rules, kept.base, kept.units).discount,
  describe: (r, { locale }) => {
    const zh = locale === "zh";
    const th = (v: number) => thresholdWords(r.basis, v, locale);
    if (r.repeat) return [zh ? `每满 ${th(r.threshold!)} 减 ${formatYuan(r.amountOff!)}${r.maxOff ? `，最多减 ${formatYuan(r.maxOff)}` : ""}` : `${formatYuan(r.amountOff!)} off every ${th(r.threshold!)}${r.maxOff ? `, up to ${formatYuan(r.maxOff)}` : ""}`];
    return (r.tiers ?? []).map((t) => (zh ? `满 ${th(t.threshold)} 减 ${formatYuan(t.amountOff)}` : `Spend ${th(t.threshold)}, save ${formatYuan(t.amountOff)}`));
  },
  hintReward: (amountOff) => `${formatYuan(amountOff)} off`,
  scopeFromRules: () => false,
};
