import { z } from "zod";
import type { PromotionKind } from "./kind";
import { discountKind } from "./discount";
import { flashSaleKind } from "./flash-sale";
import { fullDiscountKind } from "./full-discount";
import { fullReductionKind } from "./full-reduction";
import { giftKind } from "./gift";
import { groupBuyKind } from "./group-buy";
import { nthItemKind } from "./nth-item";
import { shippingKind } from "./shipping";
import { bundleKind } from "./bundle";
import { anyNKind } from "./any-n";
import { addOnKind } from "./add-on";
import { presaleKind } from "./presale";

// The registry of promotion kinds: adding a kind is a folder next to these and one line in each
// list below. Everything else — the engine's stages, the API's schemas, the admin and shopper
// pages, the forms — asks the registry.

/** In the order the admin lists them. */
export const KINDS = [fullReductionKind, fullDiscountKind, discountKind, nthItemKind, giftKind, shippingKind, flashSaleKind, groupBuyKind, bundleKind, anyNKind, addOnKind, presaleKind] as const;

/** The rules schema of each type (validates the admin form, the API body and the JSON column). */
export const promotionRulesSchemas = {
  FULL_REDUCTION: fullReductionKind.rulesSchema,
  FULL_DISCOUNT: fullDiscountKind.rulesSchema,
  DISCOUNT: discountKind.rulesSchema,
  NTH_ITEM: nthItemKind.rulesSchema,
  GIFT: giftKind.rulesSchema,
  SHIPPING: shippingKind.rulesSchema,
  FLASH_SALE: flashSaleKind.rulesSchema,
  GROUP_BUY: groupBuyKind.rulesSchema,
  BUNDLE: bundleKind.rulesSchema,
  ANY_N: anyNKind.rulesSchema,
  ADD_ON: addOnKind.rulesSchema,
  PRESALE: presaleKind.rulesSchema,
} as const;

export type PromotionType = (typeof KINDS)[number]["type"];
export type PromotionRules = { [K in PromotionType]: z.infer<(typeof promotionRulesSchemas)[K]> };
export const PROMOTION_TYPES = KINDS.map((k) => k.type) as [PromotionType, ...PromotionType[]];

/** `{type, rules}` as one discriminated union: the type picks the schema its rules must meet. */
export const typedRulesSchema = z.discriminatedUnion(
  "type",
  KINDS.map((k) => z.object({ type: z.literal(k.type), rules: k.rulesSchema })) as unknown as [z.ZodObject<{ type: z.ZodLiteral<PromotionType>; rules: z.ZodType }>, ...z.ZodObject<{ type: z.ZodLiteral<PromotionType>; rules: z.ZodType }>[]],
);

const byType = new Map<string, PromotionKind>(KINDS.map((k) => [k.type, k as unknown as PromotionKind]));

/** The kind of a type; undefined for a type this build does not know. */
export function kindOf(type: string): PromotionKind | undefined {
  return byType.get(type);
}

/** The kinds that run in one stage. */
export const kindsIn = <S extends PromotionKind["stage"]>(stage: S) => KINDS.filter((k) => k.stage === stage).map((k) => k.type as PromotionType);

/** The kinds' names in one language (the i18n messages' `promoType` namespace). */
export const kindLabels = (locale: "zh" | "en") => Object.fromEntries(KINDS.map((k) => [k.type, k.labels[locale]]));

/** The types in the order shoppers meet them (the shop's home page). */
export const SHOPPER_ORDER: PromotionType[] = [...KINDS].sort((a, b) => a.shopperRank - b.shopperRank).map((k) => k.type);
