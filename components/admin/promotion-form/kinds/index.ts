import type { PromotionType } from "@/lib/pricing/kinds";
import type { FormKind } from "./form-kind";
import { discountForm } from "./discount";
import { flashSaleForm } from "./flash-sale";
import { fullDiscountForm } from "./full-discount";
import { fullReductionForm } from "./full-reduction";
import { giftForm } from "./gift";
import { groupBuyForm } from "./group-buy";
import { nthItemForm } from "./nth-item";
import { shippingForm } from "./shipping";
import { bundleForm } from "./bundle";
import { anyNForm } from "./any-n";
import { addOnForm } from "./add-on";
import { presaleForm } from "./presale";

// The form of each promotion kind (the engine's side of a kind is lib/pricing/kinds/<kind>/).
// Typed as a record over every PromotionType: a kind without a form does not compile.
const FORMS: Record<PromotionType, FormKind> = {
  FULL_REDUCTION: fullReductionForm,
  FULL_DISCOUNT: fullDiscountForm,
  DISCOUNT: discountForm,
  NTH_ITEM: nthItemForm,
  GIFT: giftForm,
  SHIPPING: shippingForm,
  FLASH_SALE: flashSaleForm,
  GROUP_BUY: groupBuyForm,
  BUNDLE: bundleForm,
  ANY_N: anyNForm,
  ADD_ON: addOnForm,
  PRESALE: presaleForm,
};

export const formKindOf = (type: string): FormKind | undefined => FORMS[type as PromotionType];
