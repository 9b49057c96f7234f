"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { localizeValidation } from "@/lib/i18n/validation-messages";
import { savePromotionAction } from "@/lib/promotions/save-promotion-action";
import { newForm, toPayload, type PromotionForm } from "./form-model";
import { PLATFORM_TIME_ZONE, zoneLabel } from "@/lib/time/zone";
import type { Overlap } from "@/lib/promotions/overlaps";
import { OverlapList } from "../overlap-list";
import { Field, focusFirstInvalid, inputClass } from "./field";
import { ShopPickerClient } from "../shop-picker-client";
import { CategoryChipsClient } from "@/components/admin/category-chips-client";
import { CheckboxGroupClient } from "@/components/admin/checkbox-group-client";
import { RulesBuilderClient } from "./rules-builder-client";
import { SkuPickerClient, type SkuOption } from "./sku-picker-client";
import { PROMOTION_TYPES } from "@/lib/pricing/kinds";

const TYPES = PROMOTION_TYPES;
const asOptions = (ids: string[]) => ids.map((id) => ({ id, label: id }));
const LEVELS = asOptions(["V0", "V1", "V2", "V3"]);
const CHANNELS = asOptions(["app", "mini-program", "web"]);

type Props = {
  id?: string;
  initial?: PromotionForm;
  /** platform staff choose the shop (a searchable picker); shop staff create in their own */
  pickShop: boolean;
  skus: SkuOption[];
  categories: { id: string; label: string }[];
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 className="mb-4 font-semibold text-slate-800">{title}</h2>
      <div className="space-y-4">{children}</div>
    </section>
  );
}

/** Create and edit every promotion type; the server validates with the API's zod schemas. */
export function PromotionFormClient({ id, initial, pickShop, skus, categories }: Props) {
  const t = useTranslations("form");
  const tt = useTranslations("promoType");
  const to = useTranslations("overlap");
  const te = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [f, setF] = useState<PromotionForm>(initial ?? newForm());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [floorWarning, setFloorWarning] = useState(false);
  const [overlaps, setOverlaps] = useState<Overlap[] | null>(null);
  const [pending, start] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // a refused save moves the focus to the first invalid field (or the message), never leaves it on the button
  useEffect(() => {
    if (message) focusFirstInvalid(formRef.current, messageRef.current);
  }, [errors, message]);
  const set = (patch: Partial<PromotionForm>) => setF((x) => ({ ...x, ...patch }));
  const err = (path: string) => errors[path];
  const itemScoped = f.type === "FLASH_SALE" || f.type === "GROUP_BUY" || (f.type === "DISCOUNT" && f.discountMode === "items");

  function save() {
    const { body, errors: local } = toPayload(f);
    setMessage(null);
    if (!body) {
      setErrors(local);
      setMessage(t("fixFields"));
      return;
    }
    start(async () => {
      const res = await savePromotionAction(id ?? null, body);
      if (res.ok) return router.push(`/admin/promotions/${res.id}`);
      setErrors(res.fields ?? {});
      setFloorWarning(res.code === "FLOOR_PRICE_WARNING");
      setOverlaps(res.code === "OVERLAP_WARNING" ? (res.overlaps ?? []) : null);
      setMessage(res.code === "FLOOR_PRICE_WARNING" ? t("floorWarning") : res.code === "OVERLAP_WARNING" ? to("warning") : res.fields ? t("fixFields") : te(res.code));
    });
  }

  return (
    <form
      ref={formRef}
      className="space-y-6"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <Section title={t("basics")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("name")} error={err("name")}>
            <input value={f.name} onChange={(e) => set({ name: e.target.value })} className={inputClass} aria-invalid={Boolean(err("name"))} />
          </Field>
          <Field label={t("type")} error={err("type")}>
            <select value={f.type} disabled={Boolean(id)} onChange={(e) => setF({ ...newForm(e.target.value, new Date(), f.timeZone), name: f.name, shopId: f.shopId, startsAt: f.startsAt, endsAt: f.endsAt })} className={inputClass}>
              {TYPES.map((x) => (
                <option key={x} value={x}>
                  {tt(x)}
                </option>
              ))}
            </select>
          </Field>
          {pickShop && !id && (
            <div>
              <ShopPickerClient value={f.shopId} valueLabel="" emptyLabel={t("platformWide")} label={t("shop")} onChange={(shop) => set({ shopId: shop?.id ?? "", timeZone: shop?.timeZone ?? PLATFORM_TIME_ZONE })} />
              {err("shopId") && <p className="mt-1 text-xs text-rose-700">{err("shopId")}</p>}
            </div>
          )}
          <Field label={t("labelPriority")} error={err("labelPriority")}>
            <input value={f.labelPriority} onChange={(e) => set({ labelPriority: e.target.value })} className={inputClass} inputMode="numeric" />
          </Field>
          <Field label={`${t("startsAt")} (${zoneLabel(f.timeZone)})`} error={err("startsAt")}>
            <input type="datetime-local" value={f.startsAt} onChange={(e) => set({ startsAt: e.target.value })} className={inputClass} />
          </Field>
          <Field label={`${t("endsAt")} (${zoneLabel(f.timeZone)})`} error={err("endsAt")}>
            <input type="datetime-local" value={f.endsAt} onChange={(e) => set({ endsAt: e.target.value })} className={inputClass} aria-invalid={Boolean(err("endsAt"))} />
          </Field>
          <Field label={`${t("previewAt")} (${zoneLabel(f.timeZone)})`} error={err("previewAt")}>
            <input type="datetime-local" value={f.previewAt} onChange={(e) => set({ previewAt: e.target.value })} className={inputClass} />
          </Field>
        </div>
      </Section>

      <Section title={t("rules")}>
        <RulesBuilderClient f={f} set={set} err={err} skus={skus} />
      </Section>

      {!itemScoped && (
        <Section title={t("abTest")}>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={f.abEnabled} onChange={(e) => set({ abEnabled: e.target.checked, abB: f.abB ?? { ...f } })} data-testid="ab-enable" /> {t("abEnable")}
          </label>
          {f.abEnabled && f.abB && (
            <>
              <Field label={t("abWeightA")} error={err("variants.0.weight") ?? err("variants")}>
                <input value={f.abWeightA} onChange={(e) => set({ abWeightA: e.target.value })} className={inputClass} inputMode="numeric" />
              </Field>
              <p className="text-sm text-ink-muted">{t("abBHelp")}</p>
              <RulesBuilderClient f={{ ...f.abB, type: f.type }} set={(patch) => set({ abB: { ...f.abB!, ...patch } })} err={(path) => err(path.replace(/^rules/, "variants.1.rules"))} skus={skus} />
            </>
          )}
        </Section>
      )}

      {!itemScoped && (
        <Section title={t("scope")}>
          <div className="flex flex-wrap gap-4 text-sm" role="radiogroup" aria-label={t("scope")}>
            {(["all", "skus", "categories"] as const).map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input type="radio" name="scopeMode" checked={f.scopeMode === m} onChange={() => set({ scopeMode: m })} /> {t(`scope_${m}`)}
              </label>
            ))}
          </div>
          {err("scope") && <p className="text-xs text-rose-700">{err("scope")}</p>}
          {f.scopeMode === "skus" && <SkuPickerClient label={t("scope_skus")} options={skus} value={f.skuIds} onChange={(skuIds) => set({ skuIds })} />}
          {f.scopeMode === "categories" && <CategoryChipsClient options={categories} value={f.categoryIds} onChange={(categoryIds) => set({ categoryIds })} />}
          <div>
            <p className="mb-1 text-sm font-medium text-slate-700">{t("exclusions")}</p>
            <SkuPickerClient label={t("exclusions")} options={skus} value={f.excludeSkuIds} onChange={(excludeSkuIds) => set({ excludeSkuIds })} />
          </div>
        </Section>
      )}

      <Section title={t("audience")}>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={f.newUsersOnly} onChange={(e) => set({ newUsersOnly: e.target.checked })} /> {t("newUsersOnly")}
        </label>
        <CheckboxGroupClient legend={t("memberLevels")} options={LEVELS} value={f.memberLevels} onChange={(memberLevels) => set({ memberLevels })} />
        <CheckboxGroupClient legend={t("channels")} options={CHANNELS} value={f.channels} onChange={(channels) => set({ channels })} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("tags")}>
            <input value={f.tags} onChange={(e) => set({ tags: e.target.value })} className={inputClass} placeholder="high-value, student" />
          </Field>
          <Field label={t("regions")}>
            <input value={f.regions} onChange={(e) => set({ regions: e.target.value })} className={inputClass} placeholder="上海, 北京" />
          </Field>
        </div>
      </Section>

      <Section title={t("limitsAndStacking")}>
        <div className="grid gap-4 sm:grid-cols-4">
          <Field label={t("perUser")} error={err("limits.perUser")}>
            <input value={f.perUser} onChange={(e) => set({ perUser: e.target.value })} className={inputClass} inputMode="numeric" />
          </Field>
          <Field label={t("perUserUnits")} error={err("limits.perUserUnits")}>
            <input value={f.perUserUnits} onChange={(e) => set({ perUserUnits: e.target.value })} className={inputClass} inputMode="numeric" />
          </Field>
          <Field label={t("totalStock")} error={err("limits.totalStock")}>
            <input value={f.totalStock} onChange={(e) => set({ totalStock: e.target.value })} className={inputClass} inputMode="numeric" />
          </Field>
          <Field label={`${t("budget")} (¥)`} error={err("limits.budget")}>
            <input value={f.budget} onChange={(e) => set({ budget: e.target.value })} className={inputClass} inputMode="decimal" />
          </Field>
        </div>
        <div className="flex flex-wrap gap-6 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={f.withCoupons} onChange={(e) => set({ withCoupons: e.target.checked })} /> {t("withCoupons")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={f.withPlatform} onChange={(e) => set({ withPlatform: e.target.checked })} /> {t("withPlatform")}
          </label>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("withOrderPromotions")}>
            <select value={f.withOrderPromotions} onChange={(e) => set({ withOrderPromotions: e.target.value as PromotionForm["withOrderPromotions"] })} className={inputClass}>
              <option value="default">{t("byType")}</option>
              <option value="yes">{t("yes")}</option>
              <option value="no">{t("no")}</option>
            </select>
          </Field>
          <Field label={t("exclusiveGroup")} error={err("stacking.exclusiveGroup")}>
            <input value={f.exclusiveGroup} onChange={(e) => set({ exclusiveGroup: e.target.value })} className={inputClass} />
          </Field>
        </div>
      </Section>

      {message && (
        <div role="alert" className="rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-700">
          <p ref={messageRef} tabIndex={-1}>
            {message}
          </p>
          {overlaps && (
            <>
              <OverlapList overlaps={overlaps} />
              <label className="mt-2 flex items-center gap-2 font-medium">
                <input type="checkbox" checked={f.acknowledgeOverlaps} onChange={(e) => set({ acknowledgeOverlaps: e.target.checked })} data-testid="acknowledge-overlaps" /> {to("acknowledge")}
              </label>
            </>
          )}
          {floorWarning && (
            <>
              <ul className="mt-2 list-disc pl-5">
                {Object.values(errors).map((w) => (
                  <li key={w}>{localizeValidation(w, locale)}</li>
                ))}
              </ul>
              <label className="mt-2 flex items-center gap-2 font-medium">
                <input type="checkbox" checked={f.acknowledgeFloorWarnings} onChange={(e) => set({ acknowledgeFloorWarnings: e.target.checked })} /> {t("acknowledge")}
              </label>
            </>
          )}
        </div>
      )}
      <div className="flex justify-end gap-3">
        <button type="submit" disabled={pending} className="rounded-lg bg-brand-600 px-6 py-2.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
          {id ? t("saveChanges") : t("saveDraft")}
        </button>
      </div>
    </form>
  );
}
