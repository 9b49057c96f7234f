// The rules of each promotion type (API.md) live with their kind (lib/pricing/kinds/<kind>/rules.ts);
// this module names them for the rest of the code.
export { promotionRulesSchemas, typedRulesSchema, PROMOTION_TYPES, type PromotionRules, type PromotionType } from "./kinds";
export { fullReductionRulesSchema } from "./kinds/full-reduction/rules";
export { fullDiscountRulesSchema } from "./kinds/full-discount/rules";
export { discountRulesSchema } from "./kinds/discount/rules";
export { nthItemRulesSchema } from "./kinds/nth-item/rules";
export { giftRulesSchema } from "./kinds/gift/rules";
export { shippingRulesSchema } from "./kinds/shipping/rules";
export { flashSaleRulesSchema } from "./kinds/flash-sale/rules";
export { groupBuyRulesSchema } from "./kinds/group-buy/rules";
