import { useTranslations } from "next-intl";
import { emptyItem, emptyTier, type ItemForm, type PromotionForm, type TierForm } from "../form-types";
import { Field, inputClass } from "../field";
import { OptionSelect } from "@/components/ui/option-select";
import type { SkuOption } from "../sku-picker-client";
import type { FieldsProps } from "./form-kind";

// Field groups several kinds share: the basis, tier rows, item rows. A kind's per-row parts are
// components defined at module level (a component made during render would remount its inputs).

export type TierValueProps = { tier: TierForm; i: number; update: (patch: Partial<TierForm>) => void; err: FieldsProps["err"] };
export type ItemColumnsProps = { item: ItemForm; i: number; update: (patch: Partial<ItemForm>) => void; err: FieldsProps["err"] };

export function SkuSelect({ value, onChange, skus, label }: { value: string; onChange: (v: string) => void; skus: SkuOption[]; label: string }) {
  return <OptionSelect aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} options={skus} empty="—" />;
}

export function BasisField({ f, set }: Pick<FieldsProps, "f" | "set">) {
  const t = useTranslations("form");
  return (
    <Field label={t("basis")}>
      <select value={f.basis} onChange={(e) => set({ basis: e.target.value as PromotionForm["basis"] })} className={inputClass}>
        <option value="AMOUNT">{t("basisAmount")}</option>
        <option value="QUANTITY">{t("basisQuantity")}</option>
      </select>
    </Field>
  );
}

/** One row per tier: the threshold, what `Value` renders for it, and remove; then + add tier. */
export function TierRows({ f, set, err, Value }: Pick<FieldsProps, "f" | "set" | "err"> & { Value: (p: TierValueProps) => React.ReactNode }) {
  const t = useTranslations("form");
  const unit = f.basis === "QUANTITY" ? t("units") : "¥";
  const update = (i: number) => (patch: Partial<TierForm>) => set({ tiers: f.tiers.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
  return (
    <div className="space-y-2">
      {err("rules.tiers") && <p className="text-xs text-rose-700">{err("rules.tiers")}</p>}
      {f.tiers.map((x, i) => (
        <fieldset key={i} className="grid items-end gap-3 rounded-lg bg-slate-50 p-3 sm:grid-cols-[1fr_1fr_auto]" aria-label={t("tierN", { n: i + 1 })}>
          <Field label={`${t("tierN", { n: i + 1 })} · ${t("threshold")} (${unit})`} error={err(`rules.tiers.${i}.threshold`)}>
            <input value={x.threshold} onChange={(e) => update(i)({ threshold: e.target.value })} className={inputClass} inputMode="decimal" aria-invalid={Boolean(err(`rules.tiers.${i}.threshold`))} />
          </Field>
          <Value tier={x} i={i} update={update(i)} err={err} />
          <button type="button" disabled={f.tiers.length === 1} onClick={() => set({ tiers: f.tiers.filter((_, k) => k !== i) })} className="rounded-lg px-3 py-2 text-sm text-ink-muted hover:bg-white disabled:opacity-30">
            {t("remove")}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => set({ tiers: [...f.tiers, emptyTier()] })} className="text-sm font-medium text-brand-700 hover:underline">
        + {t("addTier")}
      </button>
    </div>
  );
}

/** One row per SKU: the SKU, what `Columns` renders for it, and remove; then + add SKU. */
export function ItemRows({ f, set, err, skus, Columns }: FieldsProps & { Columns: (p: ItemColumnsProps) => React.ReactNode }) {
  const t = useTranslations("form");
  const update = (i: number) => (patch: Partial<ItemForm>) => set({ items: f.items.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
  return (
    <>
      {f.items.map((x, i) => (
        <fieldset key={i} className="grid items-end gap-2 rounded-lg bg-slate-50 p-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto]" aria-label={`SKU ${i + 1}`}>
          <Field label="SKU" error={err(`rules.items.${i}.skuId`) ?? err(`rules.items.${i}`)}>
            <SkuSelect label="SKU" value={x.skuId} skus={skus} onChange={(v) => update(i)({ skuId: v })} />
          </Field>
          <Columns item={x} i={i} update={update(i)} err={err} />
          <button type="button" disabled={f.items.length === 1} onClick={() => set({ items: f.items.filter((_, k) => k !== i) })} className="rounded-lg px-3 py-2 text-sm text-ink-muted hover:bg-white disabled:opacity-30">
            {t("remove")}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => set({ items: [...f.items, emptyItem()] })} className="text-sm font-medium text-brand-700 hover:underline">
        + {t("addSku")}
      </button>
    </>
  );
}

/** A text input bound to one form value, with its label and error. */
export function TextField({ label, value, onChange, error, numeric }: { label: string; value: string; onChange: (v: string) => void; error?: string; numeric?: boolean }) {
  return (
    <Field label={label} error={error}>
      <input value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} inputMode={numeric ? "numeric" : "decimal"} />
    </Field>
  );
}
