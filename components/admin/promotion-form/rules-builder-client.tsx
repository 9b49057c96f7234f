"use client";
import type { PromotionForm } from "./form-model";
import type { SkuOption } from "./sku-picker-client";
import { formKindOf } from "./kinds";

type Props = { f: PromotionForm; set: (patch: Partial<PromotionForm>) => void; err: (path: string) => string | undefined; skus: SkuOption[] };

/** The rule fields of the promotion's kind (components/admin/promotion-form/kinds/<kind>.tsx). */
export function RulesBuilderClient(props: Props) {
  const kind = formKindOf(props.f.type);
  return kind ? <kind.Fields {...props} /> : null;
}
