import type { ReactNode } from "react";
import type { PromotionType } from "@/lib/pricing/kinds";
import type { PromotionForm } from "../form-types";
import type { SkuOption } from "../sku-picker-client";

// The form side of one promotion kind: its fields, and how the typed values become its rules
// (checked again by the kind's zod schema on the server). kinds/index.ts is the registry.

export type FieldsProps = { f: PromotionForm; set: (patch: Partial<PromotionForm>) => void; err: (path: string) => string | undefined; skus: SkuOption[] };

/** Readers of typed values; a value that cannot be read records an error under `path`. */
export type RuleReaders = {
  cents: (v: string, path: string, optional?: boolean) => number | undefined;
  int: (v: string, path: string, optional?: boolean) => number | undefined;
  /** yuan, or units with a QUANTITY basis */
  threshold: (v: string, path: string) => number | undefined;
  /** a wall-clock time typed in the form's zone → ISO 8601 with the offset */
  time: (v: string, path: string) => string | undefined;
};

export type FormKind = {
  type: PromotionType;
  Fields: (p: FieldsProps) => ReactNode;
  toRules: (f: PromotionForm, r: RuleReaders) => Record<string, unknown>;
  /** the rules name the SKUs (an item table): the scope is those SKUs */
  itemScoped?: (f: PromotionForm) => boolean;
  /** form values only this kind reads from stored rules */
  fill?: (rules: Record<string, unknown>, timeZone: string) => Partial<PromotionForm>;
};
