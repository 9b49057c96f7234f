"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveCampaignAction } from "@/lib/coupons/coupon-actions";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { CheckboxGroupClient } from "@/components/admin/checkbox-group-client";
import { fromZonedInput, PLATFORM_TIME_ZONE, zoneLabel } from "@/lib/time/zone";

const POSITIONS = ["home", "product", "cart", "coupon-center"] as const;

/** A claim campaign: window, positions, quantity, per-shopper limit. */
export function CampaignFormClient({ templateId, timeZone = PLATFORM_TIME_ZONE }: { templateId: string; timeZone?: string }) {
  const t = useTranslations("couponForm");
  const router = useRouter();
  const [f, setF] = useState({ name: "", claimStartsAt: "", claimEndsAt: "", totalQuantity: "100", perUserLimit: "1", positions: ["coupon-center"] as string[], newUsersOnly: false, rounds: "1", everyHours: "24" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, start] = useTransition();
  const set = (patch: Partial<typeof f>) => setF((x) => ({ ...x, ...patch }));
  function save() {
    const date = (v: string) => (v ? (fromZonedInput(v, timeZone) ?? v) : undefined);
    // 分时段放量: the quantity split into equal rounds from the claim start (remainder to the first)
    const rounds = Math.max(1, Number(f.rounds) || 1);
    const total = Number(f.totalQuantity);
    const startMs = f.claimStartsAt && fromZonedInput(f.claimStartsAt, timeZone) ? new Date(fromZonedInput(f.claimStartsAt, timeZone)!).getTime() : Date.now();
    const releaseSlots =
      rounds > 1 && Number.isInteger(total) && total >= rounds
        ? Array.from({ length: rounds }, (_, i) => ({ at: new Date(startMs + i * Number(f.everyHours) * 3_600_000).toISOString(), quantity: Math.floor(total / rounds) + (i === 0 ? total % rounds : 0) }))
        : undefined;
    start(async () => {
      const r = await saveCampaignAction({ releaseSlots, templateId, name: f.name || undefined, claimStartsAt: date(f.claimStartsAt), claimEndsAt: date(f.claimEndsAt), positions: f.positions, audience: f.newUsersOnly ? { newUsersOnly: true } : {}, totalQuantity: Number(f.totalQuantity), perUserLimit: Number(f.perUserLimit) });
      if (r.ok) {
        setErrors({});
        router.refresh();
      } else setErrors(r.fields ?? { name: r.error });
    });
  }
  return (
    <form className="grid gap-3 sm:grid-cols-3" noValidate onSubmit={(e) => (e.preventDefault(), save())}>
      <Field label={t("campaignName")} error={errors.name}>
        <input value={f.name} onChange={(e) => set({ name: e.target.value })} className={inputClass} />
      </Field>
      <Field label={`${t("claimStartsAt")} (${zoneLabel(timeZone)})`} error={errors.claimStartsAt}>
        <input type="datetime-local" value={f.claimStartsAt} onChange={(e) => set({ claimStartsAt: e.target.value })} className={inputClass} />
      </Field>
      <Field label={`${t("claimEndsAt")} (${zoneLabel(timeZone)})`} error={errors.claimEndsAt}>
        <input type="datetime-local" value={f.claimEndsAt} onChange={(e) => set({ claimEndsAt: e.target.value })} className={inputClass} />
      </Field>
      <Field label={t("totalQuantity")} error={errors.totalQuantity}>
        <input value={f.totalQuantity} onChange={(e) => set({ totalQuantity: e.target.value })} className={inputClass} inputMode="numeric" />
      </Field>
      <Field label={t("perUserLimit")} error={errors.perUserLimit}>
        <input value={f.perUserLimit} onChange={(e) => set({ perUserLimit: e.target.value })} className={inputClass} inputMode="numeric" />
      </Field>
      <CheckboxGroupClient legend={t("positions")} options={POSITIONS.map((p) => ({ id: p, label: t(`position.${p}`) }))} value={f.positions} onChange={(positions) => set({ positions })} />
      <Field label={t("rounds")} error={errors.releaseSlots}>
        <input value={f.rounds} onChange={(e) => set({ rounds: e.target.value })} className={inputClass} inputMode="numeric" />
      </Field>
      <Field label={t("everyHours")}>
        <input value={f.everyHours} onChange={(e) => set({ everyHours: e.target.value })} className={inputClass} inputMode="numeric" />
      </Field>
      <label className="flex items-center gap-2 text-sm sm:col-span-3">
        <input type="checkbox" checked={f.newUsersOnly} onChange={(e) => set({ newUsersOnly: e.target.checked })} /> {t("newUsersOnly")}
      </label>
      <div className="flex justify-end sm:col-span-3">
        <button disabled={pending} className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-50">
          {t("addCampaign")}
        </button>
      </div>
    </form>
  );
}
