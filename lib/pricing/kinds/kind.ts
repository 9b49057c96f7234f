import type { z } from "zod";
import type { ReasonCode } from "../price-result";
import type { CandidatePromotion, PricingInput, SkuInfo } from "../pricing-input";
import type { WorkLine } from "../work-line";
import type { DescribeContext, Locale } from "./shared";

// The shape of one promotion kind. A kind is one folder (lib/pricing/kinds/<kind>/): its rules
// schema, the stage it runs in and what it does there, its rules in words and its 凑单 hint; the
// stages, the API schemas, the pages and the forms ask the registry (./index.ts), never `switch`.

/** Units of one line that get a per-unit cut (第N件): `k` units now priced `price`, `off` each. */
export type UnitCut = {
  price: number;
  k: number;
  off: number;
  /** the lowest price this cut may leave a unit at, when not the SKU's floor (预售: the deposit already paid counts towards it) */
  floor?: number;
};
export type Gift = { skuId: string; quantity: number };

/** What an order-level kind would save on its eligible lines, or why not. */
export type Measured = {
  saving: number;
  reason?: ReasonCode;
  cuts?: UnitCut[][];
  gifts?: Gift[];
  /** how the saving is split over the eligible lines (default: their amounts) — a bundle's over its sets' units only */
  weights?: number[];
  hint?: { basis: "AMOUNT" | "QUANTITY"; shortfall: number; amountOff: number };
};
export type MeasureInput = {
  p: CandidatePromotion;
  /** the eligible lines, their amounts left by the earlier stages */
  lines: WorkLine[];
  base: number;
  units: number;
  input: PricingInput;
  /** gift lines added so far in this cart (gift stock is shared) */
  giftLines: WorkLine[];
};
/** The lines a shopper keeps after a partial refund, as the discount measured them. */
export type KeptLines = { base: number; units: number; unitPrices: number[]; /** each kept unit's SKU, parallel to unitPrices */ unitSkus: string[] };

type Common<T extends string, S extends z.ZodType> = {
  type: T;
  rulesSchema: S;
  labels: Record<Locale, string>;
  /** where the shop's home page lists this kind's activities (1 first) */
  shopperRank: number;
  /** the rules in words, one line per tier or item (admin and venue pages) */
  describe: (rules: z.infer<S>, ctx: DescribeContext) => string[];
  /** what a 凑单 hint promises ("a free gift", "¥10.00 off") */
  hintReward: (amountOff: number) => string;
  /** the rules name the SKUs themselves: no scope needed */
  scopeFromRules: (rules: z.infer<S>) => boolean;
  /** prices in the rules that contradict the SKUs' list prices, by field path (checked at save) */
  listPriceIssues?: (rules: z.infer<S>, listPrice: (skuId: string) => number | undefined) => Record<string, string>;
  /** times in the rules that contradict the promotion's own window, by field path under rules (checked with the body) */
  windowIssues?: (rules: z.infer<S>, window: { startsAt: Date; endsAt: Date }) => Record<string, string>;
};

/** Stage 1: a per-unit price of a SKU; the best single item offer of a line wins. */
export type ItemKind<T extends string = string, S extends z.ZodType = z.ZodType> = Common<T, S> & {
  stage: "item";
  unitOff: (rules: z.infer<S>, sku: SkuInfo) => number | null;
  /** only units granted by a flow (a won attempt, a joined group); blocks order promotions unless configured */
  needsEntitlement: boolean;
};

/** Stages 2–3: measured on the eligible lines' amounts, split over them. */
export type OrderKind<T extends string = string, S extends z.ZodType = z.ZodType> = Common<T, S> & {
  stage: "order";
  measure: (rules: z.infer<S>, m: MeasureInput) => Measured;
  /** what the kept lines still earn after a partial refund (fair refunds, SPEC §6); absent: nothing to deduct */
  earnedOnKept?: (rules: z.infer<S>, kept: KeptLines) => number;
};

/** Stage 6: shipping fees (lib/pricing/stages/shipping.ts reads the rules). */
export type ShippingKind<T extends string = string, S extends z.ZodType = z.ZodType> = Common<T, S> & { stage: "shipping" };

export type PromotionKind<T extends string = string, S extends z.ZodType = z.ZodType> = ItemKind<T, S> | OrderKind<T, S> | ShippingKind<T, S>;
