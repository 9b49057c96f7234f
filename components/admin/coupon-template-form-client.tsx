"use client";
import { ShopPickerClient } from "./shop-picker-client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { parseYuan } from "@/lib/pricing/money";
import { fromZonedInput, PLATFORM_TIME_ZONE, zoneLabel } from "@/lib/time/zone";
import { saveCouponTemplateAction } from "@/lib/coupons/coupon-actions";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { OptionSelect } from "@/components/ui/option-select";
import { SkuPickerClient } from "@/components/admin/promotion-form/sku-picker-client";
import { CategoryChipsClient } from "@/components/admin/category-chips-client";
import { CheckboxGroupClient } from "@/components/admin/checkbox-group-client";

type Option = { id: string; label: string };

/** A coupon template: kind and value, threshold, validity, stacking, quantity, budget, cost sharing. */
export function CouponTemplateFormClient({ pickShop, skus, categories, timeZone = PLATFORM_TIME_ZONE }: { pickShop: boolean; skus: (Option & { price: number })[]; categories: Option[]; timeZone?: string }) {
  const t = useTranslations("couponForm");
  const tk = useTranslations("couponKind");
  const router = useRouter();
  const [f, setF] = useState({ description: "", scopeMode: "all", skuIds: [] as string[], categoryIds: [] as string[], audienceMode: "all", memberLevels: [] as string[], name: "", kind: "AMOUNT_OFF", amountOff: "", percentOff: "", maxOff: "", exchangeSkuId: "", threshold: "0", validity: "days", validDays: "7", validFrom: "", validTo: "", stacks: true, totalQuantity: "1000", budget: "", platformShare: "", shopId: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();
  const [zone, setZone] = useState(timeZone);
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));

  function save() {
    const local: Record<string, string> = {};
    const yuan = (v: string, key: string, optional = true) => {
      if (optional && !v.trim()) return undefined;
      const c = parseYuan(v);
      if (c === null) local[key] = "enter an amount in yuan";
      return c ?? undefined;
    };
    const payload = {
      name: f.name,
      kind: f.kind,
      amountOff: f.kind === "AMOUNT_OFF" || f.kind === "SHIPPING" ? yuan(f.amountOff, "amountOff", false) : undefined,
      percentOff: f.kind === "PERCENT_OFF" ? Number(f.percentOff) : undefined,
      maxOff: f.kind === "PERCENT_OFF" ? yuan(f.maxOff, "maxOff") : undefined,
      exchangeSkuId: f.kind === "EXCHANGE" ? f.exchangeSkuId || undefined : undefined,
      threshold: yuan(f.threshold, "threshold") ?? 0,
      ...(f.validity === "days" ? { validDays: Number(f.validDays) } : { validFrom: f.validFrom ? (fromZonedInput(f.validFrom, zone) ?? f.validFrom) : undefined, validTo: f.validTo ? (fromZonedInput(f.validTo, zone) ?? f.validTo) : undefined }),
      stacksWithPromotions: f.stacks,
      totalQuantity: Number(f.totalQuantity),
      budget: yuan(f.budget, "budget"),
      ...(f.platformShare ? { platformShare: Number(f.platformShare), shopShare: 100 - Number(f.platformShare) } : {}),
      ...(f.shopId ? { shopId: f.shopId } : {}),
      description: f.description || undefined,
      scope: f.scopeMode === "all" ? { all: true } : f.scopeMode === "skus" ? { skuIds: f.skuIds } : { categoryIds: f.categoryIds },
      audience: { ...(f.audienceMode === "new" ? { newUsersOnly: true } : {}), ...(f.memberLevels.length ? { memberLevels: f.memberLevels } : {}) },
    };
    if (Object.keys(local).length) return setErrors(local);
    start(async () => {
      const r = await saveCouponTemplateAction(payload);
      if (r.ok) router.push(`/admin/coupons/${r.id}`);
      else setErrors(r.fields ?? { name: r.error });
    });
  }

  return (
    <form className="grid gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2" noValidate onSubmit={(e) => (e.preventDefault(), save())}>
      <Field label={t("name")} error={errors.name}>
        <input value={f.name} onChange={(e) => set({ name: e.target.value })} className={inputClass} />
      </Field>
      <Field label={t("kind")}>
        <select value={f.kind} onChange={(e) => set({ kind: e.target.value })} className={inputClass}>
          {["AMOUNT_OFF", "PERCENT_OFF", "SHIPPING", "EXCHANGE"].map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </select>
      </Field>
      {(f.kind === "AMOUNT_OFF" || f.kind === "SHIPPING") && (
        <Field label={`${t("amountOff")} (¥)`} error={errors.amountOff}>
          <input value={f.amountOff} onChange={(e) => set({ amountOff: e.target.value })} className={inputClass} inputMode="decimal" />
        </Field>
      )}
      {f.kind === "PERCENT_OFF" && (
        <>
          <Field label={`${t("percentOff")} (%)`} error={errors.percentOff}>
            <input value={f.percentOff} onChange={(e) => set({ percentOff: e.target.value })} className={inputClass} inputMode="numeric" />
          </Field>
          <Field label={`${t("maxOff")} (¥)`} error={errors.maxOff}>
            <input value={f.maxOff} onChange={(e) => set({ maxOff: e.target.value })} className={inputClass} inputMode="decimal" />
          </Field>
        </>
      )}
      {f.kind === "EXCHANGE" && (
        <Field label={t("exchangeSku")} error={errors.exchangeSkuId}>
          <OptionSelect value={f.exchangeSkuId} onChange={(e) => set({ exchangeSkuId: e.target.value })} className={inputClass} options={skus} empty="—" />
        </Field>
      )}
      <Field label={`${t("threshold")} (¥)`} error={errors.threshold}>
        <input value={f.threshold} onChange={(e) => set({ threshold: e.target.value })} className={inputClass} inputMode="decimal" />
      </Field>
      <Field label={t("validity")}>
        <select value={f.validity} onChange={(e) => set({ validity: e.target.value })} className={inputClass}>
          <option value="days">{t("validDays")}</option>
          <option value="fixed">{t("validFixed")}</option>
        </select>
      </Field>
      {f.validity === "days" ? (
        <Field label={t("days")} error={errors.validDays}>
          <input value={f.validDays} onChange={(e) => set({ validDays: e.target.value })} className={inputClass} inputMode="numeric" />
        </Field>
      ) : (
        <>
          <Field label={`${t("validFrom")} (${zoneLabel(zone)})`} error={errors.validFrom}>
            <input type="datetime-local" value={f.validFrom} onChange={(e) => set({ validFrom: e.target.value })} className={inputClass} />
          </Field>
          <Field label={`${t("validTo")} (${zoneLabel(zone)})`} error={errors.validTo}>
            <input type="datetime-local" value={f.validTo} onChange={(e) => set({ validTo: e.target.value })} className={inputClass} />
          </Field>
        </>
      )}
      <Field label={t("totalQuantity")} error={errors.totalQuantity}>
        <input value={f.totalQuantity} onChange={(e) => set({ totalQuantity: e.target.value })} className={inputClass} inputMode="numeric" />
      </Field>
      <Field label={`${t("budget")} (¥)`} error={errors.budget}>
        <input value={f.budget} onChange={(e) => set({ budget: e.target.value })} className={inputClass} inputMode="decimal" />
      </Field>
      {pickShop && (
        <>
          <div>
            <ShopPickerClient value={f.shopId} valueLabel="" emptyLabel={t("platform")} label={t("issuer")} onChange={(shop) => (set({ shopId: shop?.id ?? "" }), setZone(shop?.timeZone ?? PLATFORM_TIME_ZONE))} />
            {errors.shopId && <p className="mt-1 text-xs text-rose-700">{errors.shopId}</p>}
          </div>
          <Field label={t("platformShare")} error={errors.shopShare}>
            <input value={f.platformShare} onChange={(e) => set({ platformShare: e.target.value })} className={inputClass} inputMode="numeric" placeholder="0–100" />
          </Field>
        </>
      )}
      <Field label={t("description")} className="sm:col-span-2">
        <input value={f.description} onChange={(e) => set({ description: e.target.value })} className={inputClass} />
      </Field>
      <div className="space-y-2 sm:col-span-2">
        <Field label={t("scope")} error={errors.scope}>
          <select value={f.scopeMode} onChange={(e) => set({ scopeMode: e.target.value })} className={inputClass}>
            <option value="all">{t("scopeAll")}</option>
            <option value="skus">{t("scopeSkus")}</option>
            <option value="categories">{t("scopeCategories")}</option>
          </select>
        </Field>
        {f.scopeMode === "skus" && <SkuPickerClient label={t("scopeSkus")} options={skus} value={f.skuIds} onChange={(skuIds) => set({ skuIds })} />}
        {f.scopeMode === "categories" && <CategoryChipsClient options={categories} value={f.categoryIds} onChange={(categoryIds) => set({ categoryIds })} />}
      </div>
      <Field label={t("audience")}>
        <select value={f.audienceMode} onChange={(e) => set({ audienceMode: e.target.value })} className={inputClass}>
          <option value="all">{t("audienceAll")}</option>
          <option value="new">{t("audienceNew")}</option>
        </select>
      </Field>
      <CheckboxGroupClient legend={t("memberLevels")} options={["V0", "V1", "V2", "V3"].map((id) => ({ id, label: id }))} value={f.memberLevels} onChange={(memberLevels) => set({ memberLevels })} />
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" checked={f.stacks} onChange={(e) => set({ stacks: e.target.checked })} /> {t("stacks")}
      </label>
      <div className="flex justify-end sm:col-span-2">
        <button disabled={pending} className="rounded-lg bg-brand-600 px-6 py-2.5 text-sm font-medium text-white disabled:opacity-50">
          {t("save")}
        </button>
      </div>
    </form>
  );
}
