"use client";
import { useTranslations } from "next-intl";
import { emptyItem, emptyTier, type ItemForm, type PromotionForm, type TierForm } from "./form-model";
import { Field, inputClass } from "./field";
import { OptionSelect } from "@/components/ui/option-select";
import type { SkuOption } from "./sku-picker-client";

type Props = { f: PromotionForm; set: (patch: Partial<PromotionForm>) => void; err: (path: string) => string | undefined; skus: SkuOption[] };

function SkuSelect({ value, onChange, skus, label }: { value: string; onChange: (v: string) => void; skus: SkuOption[]; label: string }) {
  return <OptionSelect aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} options={skus} empty="—" />;
}

/** Tiers, items and the other rule fields of each promotion type. */
export function RulesBuilderClient({ f, set, err, skus }: Props) {
  const t = useTranslations("form");
  const tier = (i: number, patch: Partial<TierForm>) => set({ tiers: f.tiers.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
  const item = (i: number, patch: Partial<ItemForm>) => set({ items: f.items.map((x, k) => (k === i ? { ...x, ...patch } : x)) });
  const unit = f.basis === "QUANTITY" ? t("units") : "¥";
  const basis = (
    <Field label={t("basis")}>
      <select value={f.basis} onChange={(e) => set({ basis: e.target.value as PromotionForm["basis"] })} className={inputClass}>
        <option value="AMOUNT">{t("basisAmount")}</option>
        <option value="QUANTITY">{t("basisQuantity")}</option>
      </select>
    </Field>
  );

  if (f.type === "FULL_REDUCTION" || f.type === "FULL_DISCOUNT" || f.type === "GIFT") {
    return (
      <div className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-2">
          {basis}
          {f.type === "FULL_REDUCTION" && (
            <Field label={t("mode")}>
              <select value={f.repeat ? "repeat" : "tiers"} onChange={(e) => set({ repeat: e.target.value === "repeat" })} className={inputClass}>
                <option value="tiers">{t("modeTiers")}</option>
                <option value="repeat">{t("modeRepeat")}</option>
              </select>
            </Field>
          )}
        </div>
        {f.type === "FULL_REDUCTION" && f.repeat ? (
          <div className="grid gap-3 sm:grid-cols-3">
            <Field label={`${t("every")} (${unit})`} error={err("rules.threshold")}>
              <input value={f.threshold} onChange={(e) => set({ threshold: e.target.value })} className={inputClass} inputMode="decimal" />
            </Field>
            <Field label={`${t("amountOff")} (¥)`} error={err("rules.amountOff")}>
              <input value={f.amountOff} onChange={(e) => set({ amountOff: e.target.value })} className={inputClass} inputMode="decimal" />
            </Field>
            <Field label={`${t("maxOff")} (¥)`} error={err("rules.maxOff")}>
              <input value={f.maxOff} onChange={(e) => set({ maxOff: e.target.value })} className={inputClass} inputMode="decimal" />
            </Field>
          </div>
        ) : (
          <div className="space-y-2">
            {err("rules.tiers") && <p className="text-xs text-rose-700">{err("rules.tiers")}</p>}
            {f.tiers.map((x, i) => (
              <fieldset key={i} className="grid items-end gap-3 rounded-lg bg-slate-50 p-3 sm:grid-cols-[1fr_1fr_auto]" aria-label={t("tierN", { n: i + 1 })}>
                <Field label={`${t("tierN", { n: i + 1 })} · ${t("threshold")} (${unit})`} error={err(`rules.tiers.${i}.threshold`)}>
                  <input value={x.threshold} onChange={(e) => tier(i, { threshold: e.target.value })} className={inputClass} inputMode="decimal" aria-invalid={Boolean(err(`rules.tiers.${i}.threshold`))} />
                </Field>
                {f.type === "FULL_REDUCTION" && (
                  <Field label={`${t("amountOff")} (¥)`} error={err(`rules.tiers.${i}.amountOff`)}>
                    <input value={x.amountOff} onChange={(e) => tier(i, { amountOff: e.target.value })} className={inputClass} inputMode="decimal" />
                  </Field>
                )}
                {f.type === "FULL_DISCOUNT" && (
                  <Field label={`${t("percentOff")} (%)`} error={err(`rules.tiers.${i}.percentOff`)}>
                    <input value={x.percentOff} onChange={(e) => tier(i, { percentOff: e.target.value })} className={inputClass} inputMode="numeric" />
                  </Field>
                )}
                {f.type === "GIFT" && (
                  <div className="space-y-1">
                    {x.gifts.map((g, k) => (
                      <div key={k} className="flex gap-2">
                        <SkuSelect label={t("gift")} value={g.skuId} skus={skus} onChange={(v) => tier(i, { gifts: x.gifts.map((y, j) => (j === k ? { ...y, skuId: v } : y)) })} />
                        <input aria-label={t("quantity")} value={g.quantity} onChange={(e) => tier(i, { gifts: x.gifts.map((y, j) => (j === k ? { ...y, quantity: e.target.value } : y)) })} className={`w-16 ${inputClass}`} />
                      </div>
                    ))}
                    {err(`rules.tiers.${i}.gifts`) && <p className="text-xs text-rose-700">{err(`rules.tiers.${i}.gifts`)}</p>}
                    <button type="button" onClick={() => tier(i, { gifts: [...x.gifts, { skuId: "", quantity: "1" }] })} className="text-xs text-brand-700 hover:underline">
                      + {t("addGift")}
                    </button>
                  </div>
                )}
                <button type="button" disabled={f.tiers.length === 1} onClick={() => set({ tiers: f.tiers.filter((_, k) => k !== i) })} className="rounded-lg px-3 py-2 text-sm text-ink-muted hover:bg-white disabled:opacity-30">
                  {t("remove")}
                </button>
              </fieldset>
            ))}
            <button type="button" onClick={() => set({ tiers: [...f.tiers, emptyTier()] })} className="text-sm font-medium text-brand-700 hover:underline">
              + {t("addTier")}
            </button>
          </div>
        )}
      </div>
    );
  }

  if (f.type === "NTH_ITEM")
    return (
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("nth")} error={err("rules.n")}>
          <input value={f.n} onChange={(e) => set({ n: e.target.value })} className={inputClass} inputMode="numeric" />
        </Field>
        <Field label={`${t("percentOff")} (%)`} error={err("rules.percentOff")}>
          <input value={f.percentOff} onChange={(e) => set({ percentOff: e.target.value })} className={inputClass} inputMode="numeric" />
        </Field>
      </div>
    );

  if (f.type === "SHIPPING")
    return (
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={`${t("threshold")} (¥)`} error={err("rules.threshold")}>
          <input value={f.threshold} onChange={(e) => set({ threshold: e.target.value })} className={inputClass} inputMode="decimal" />
        </Field>
        <label className="flex items-center gap-2 pt-6 text-sm">
          <input type="checkbox" checked={f.free} onChange={(e) => set({ free: e.target.checked })} /> {t("freeShipping")}
        </label>
        {!f.free && (
          <Field label={`${t("amountOff")} (¥)`} error={err("rules.amountOff")}>
            <input value={f.amountOff} onChange={(e) => set({ amountOff: e.target.value })} className={inputClass} inputMode="decimal" />
          </Field>
        )}
      </div>
    );

  // item tables: DISCOUNT (per SKU or whole scope), FLASH_SALE, GROUP_BUY
  return (
    <div className="space-y-3">
      {f.type === "DISCOUNT" && (
        <Field label={t("mode")}>
          <select value={f.discountMode} onChange={(e) => set({ discountMode: e.target.value as PromotionForm["discountMode"] })} className={inputClass}>
            <option value="items">{t("perSku")}</option>
            <option value="scope">{t("wholeScope")}</option>
          </select>
        </Field>
      )}
      {f.type === "DISCOUNT" && f.discountMode === "scope" ? (
        <Field label={`${t("percentOff")} (%)`} error={err("rules.percentOff")}>
          <input value={f.percentOff} onChange={(e) => set({ percentOff: e.target.value })} className={inputClass} inputMode="numeric" />
        </Field>
      ) : (
        <>
          {f.items.map((x, i) => (
            <fieldset key={i} className="grid items-end gap-2 rounded-lg bg-slate-50 p-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto]" aria-label={`SKU ${i + 1}`}>
              <Field label="SKU" error={err(`rules.items.${i}.skuId`) ?? err(`rules.items.${i}`)}>
                <SkuSelect label="SKU" value={x.skuId} skus={skus} onChange={(v) => item(i, { skuId: v })} />
              </Field>
              {f.type === "DISCOUNT" && (
                <Field label={t("offer")}>
                  <select value={x.mode} onChange={(e) => item(i, { mode: e.target.value as ItemForm["mode"] })} className={inputClass}>
                    <option value="specialPrice">{t("specialPrice")}</option>
                    <option value="percentOff">{t("percentOff")}</option>
                    <option value="amountOff">{t("amountOff")}</option>
                  </select>
                </Field>
              )}
              <Field
                label={f.type === "FLASH_SALE" ? `${t("flashPrice")} (¥)` : f.type === "GROUP_BUY" ? `${t("groupPrice")} (¥)` : x.mode === "percentOff" ? "%" : "¥"}
                error={err(`rules.items.${i}.${f.type === "FLASH_SALE" ? "flashPrice" : f.type === "GROUP_BUY" ? "groupPrice" : x.mode}`)}
              >
                <input value={x.value} onChange={(e) => item(i, { value: e.target.value })} className={inputClass} inputMode="decimal" />
              </Field>
              {f.type === "FLASH_SALE" && (
                <>
                  <Field label={t("stock")} error={err(`rules.items.${i}.stock`)}>
                    <input value={x.stock} onChange={(e) => item(i, { stock: e.target.value })} className={inputClass} inputMode="numeric" />
                  </Field>
                  <Field label={t("perUserLimit")} error={err(`rules.items.${i}.perUserLimit`)}>
                    <input value={x.perUserLimit} onChange={(e) => item(i, { perUserLimit: e.target.value })} className={inputClass} inputMode="numeric" />
                  </Field>
                </>
              )}
              <button type="button" disabled={f.items.length === 1} onClick={() => set({ items: f.items.filter((_, k) => k !== i) })} className="rounded-lg px-3 py-2 text-sm text-ink-muted hover:bg-white disabled:opacity-30">
                {t("remove")}
              </button>
            </fieldset>
          ))}
          <button type="button" onClick={() => set({ items: [...f.items, emptyItem()] })} className="text-sm font-medium text-brand-700 hover:underline">
            + {t("addSku")}
          </button>
        </>
      )}
      {f.type === "GROUP_BUY" && (
        <div className="grid gap-3 sm:grid-cols-3">
          <Field label={t("groupSize")} error={err("rules.groupSize")}>
            <input value={f.groupSize} onChange={(e) => set({ groupSize: e.target.value })} className={inputClass} inputMode="numeric" />
          </Field>
          <Field label={t("timeLimit")} error={err("rules.timeLimitMinutes")}>
            <input value={f.timeLimitMinutes} onChange={(e) => set({ timeLimitMinutes: e.target.value })} className={inputClass} inputMode="numeric" />
          </Field>
          <label className="flex items-center gap-2 pt-6 text-sm">
            <input type="checkbox" checked={f.virtualCompletion} onChange={(e) => set({ virtualCompletion: e.target.checked })} /> {t("virtualCompletion")}
          </label>
        </div>
      )}
    </div>
  );
}
