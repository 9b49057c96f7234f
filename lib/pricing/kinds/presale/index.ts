import { formatYuan } from "../../money";
import { PLATFORM_TIME_ZONE, zonedText, zoneLabel } from "@/lib/time/zone";
import type { OrderKind } from "../kind";
import { allCutsTotal } from "../unit-cuts";
import { presaleBalance } from "./apply";
import { presaleRulesSchema } from "./rules";

/**
 * 预售: the deposit is an order of its own (lib/presale); at balance time the engine prices the
 * goods with the other promotions and coupons, and this kind takes the deposit value off the units
 * a paid deposit entitles (the balance flow passes them as entitlements). Measured in the order
 * stage on the same base as the shop's 满减, so their thresholds count the goods amount.
 */
export const presaleKind: OrderKind<"PRESALE", typeof presaleRulesSchema> = {
  type: "PRESALE",
  stage: "order",
  rulesSchema: presaleRulesSchema,
  labels: { zh: "预售", en: "Presale" },
  shopperRank: 3,
  measure: (rules, m) => {
    const entitled = m.p.entitlements ?? {};
    if (!Object.values(entitled).some((n) => n > 0)) return { saving: 0, reason: "ATTEMPT_REQUIRED" };
    const cuts = presaleBalance(rules, m.lines, entitled);
    const saving = allCutsTotal(cuts);
    return saving > 0 ? { saving, cuts } : { saving: 0, reason: "OUT_OF_SCOPE" };
  },
  describe: (r, { locale, skuName, timeZone }) => {
    // the shop's wall clock (platform zone by default), as the admin typed it
    const tz = timeZone ?? PLATFORM_TIME_ZONE;
    const when = (d: Date | string) => `${zonedText(d, tz)} ${zoneLabel(tz, new Date(d))}`;
    return r.items.map((it) =>
      locale === "zh"
        ? `${skuName(it.skuId)} 定金 ${formatYuan(it.deposit)} 抵 ${formatYuan(it.depositValue)}，限量 ${it.stock} 件，每人限 ${it.perUserLimit} 件；尾款 ${when(r.balanceStartsAt)} 起`
        : `${skuName(it.skuId)}: deposit ${formatYuan(it.deposit)} worth ${formatYuan(it.depositValue)}, ${it.stock} units, ${it.perUserLimit} per shopper; balance from ${when(r.balanceStartsAt)}`,
    );
  },
  hintReward: (amountOff) => `${formatYuan(amountOff)} off`,
  scopeFromRules: () => true,
  listPriceIssues: (rules, listPrice) => {
    const out: Record<string, string> = {};
    rules.items.forEach((it, i) => {
      const list = listPrice(it.skuId);
      if (list !== undefined && it.depositValue >= list) out[`items.${i}.depositValue`] = `must be below the list price (${formatYuan(list)})`;
    });
    return out;
  },
  windowIssues: (rules, w): Record<string, string> => (new Date(rules.balanceStartsAt) < w.endsAt ? { balanceStartsAt: "must not start before the presale ends" } : {}),
};
