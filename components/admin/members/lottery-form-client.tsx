"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { fromZonedInput, PLATFORM_TIME_ZONE } from "@/lib/time/zone";
import { parseYuan } from "@/lib/pricing/money";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

type Prize = { name: string; kind: string; weight: string; stock: string; couponTemplateId: string; points: string; value: string };
const n = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : v);
const blank = (kind: string, name: string, weight: string): Prize => ({ name, kind, weight, stock: kind === "THANKS" ? "" : "100", couponTemplateId: "", points: kind === "POINTS" ? "10" : "0", value: "0" });

/** 新建大转盘: the window (platform zone), cost, free draws, budget and the prizes with weights and stock. */
export function LotteryFormClient({ templates }: { templates: { id: string; label: string }[] }) {
  const t = useTranslations("membersAdmin");
  const router = useRouter();
  const [f, setF] = useState({ name: "", startsAt: "", endsAt: "", costPoints: "10", freePerDay: "1", budget: "1000.00" });
  const [prizes, setPrizes] = useState<Prize[]>([blank("COUPON", "", "10"), blank("POINTS", "", "30"), blank("THANKS", "", "60")]);
  const { submit, err, note, pending } = useJsonSubmit();
  const set = (i: number, patch: Partial<Prize>) => setPrizes(prizes.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const go = async (e: React.FormEvent) => {
    e.preventDefault();
    const out = (await submit(
      "/api/admin/lotteries",
      "POST",
      {
        name: f.name, startsAt: f.startsAt ? (fromZonedInput(f.startsAt, PLATFORM_TIME_ZONE) ?? f.startsAt) : undefined, endsAt: f.endsAt ? (fromZonedInput(f.endsAt, PLATFORM_TIME_ZONE) ?? f.endsAt) : undefined,
        costPoints: n(f.costPoints), freePerDay: n(f.freePerDay), budget: parseYuan(f.budget) ?? f.budget,
        prizes: prizes.map((p) => ({ name: p.name, kind: p.kind, weight: n(p.weight), stock: p.kind === "THANKS" ? undefined : n(p.stock), couponTemplateId: p.kind === "COUPON" ? p.couponTemplateId || undefined : undefined, points: n(p.points), value: parseYuan(p.value) ?? p.value })),
      },
      t("saved"),
    )) as { id?: string } | null;
    if (out?.id) router.push(`/admin/lotteries/${out.id}`);
  };
  return (
    <form onSubmit={go} className="mb-6 space-y-4 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="lottery-form">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("lotteryName")} error={err("name")}><input aria-label={t("lotteryName")} value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} className={inputClass} maxLength={80} /></Field>
        <Field label={`${t("startsAt")} (${PLATFORM_TIME_ZONE})`} error={err("startsAt")}><input aria-label={t("startsAt")} type="datetime-local" value={f.startsAt} onChange={(e) => setF({ ...f, startsAt: e.target.value })} className={inputClass} /></Field>
        <Field label={`${t("endsAt")} (${PLATFORM_TIME_ZONE})`} error={err("endsAt")}><input aria-label={t("endsAt")} type="datetime-local" value={f.endsAt} onChange={(e) => setF({ ...f, endsAt: e.target.value })} className={inputClass} /></Field>
        <Field label={t("costPoints")} error={err("costPoints")}><input aria-label={t("costPoints")} inputMode="numeric" value={f.costPoints} onChange={(e) => setF({ ...f, costPoints: e.target.value })} className={inputClass} /></Field>
        <Field label={t("freePerDay")} error={err("freePerDay")}><input aria-label={t("freePerDay")} inputMode="numeric" value={f.freePerDay} onChange={(e) => setF({ ...f, freePerDay: e.target.value })} className={inputClass} /></Field>
        <Field label={t("budget")} error={err("budget")}><input aria-label={t("budget")} inputMode="decimal" value={f.budget} onChange={(e) => setF({ ...f, budget: e.target.value })} className={inputClass} /></Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{t("prizes")}</legend>
        {err("prizes") && <p className="text-xs text-rose-700">{err("prizes")}</p>}
        {prizes.map((p, i) => (
          <div key={i} className="grid grid-cols-2 gap-2 rounded-lg bg-slate-50 p-2 sm:grid-cols-7">
            <input aria-label={t("prizeName", { n: i + 1 })} aria-invalid={Boolean(err(`prizes.${i}.name`))} placeholder={t("prizeNamePh")} value={p.name} onChange={(e) => set(i, { name: e.target.value })} className={inputClass} />
            <select aria-label={t("prizeKind", { n: i + 1 })} value={p.kind} onChange={(e) => set(i, blank(e.target.value, p.name, p.weight))} className={inputClass}>
              {["COUPON", "POINTS", "GOODS", "THANKS"].map((k) => <option key={k} value={k}>{t(`prizeKinds.${k}`)}</option>)}
            </select>
            <input aria-label={t("prizeWeight", { n: i + 1 })} aria-invalid={Boolean(err(`prizes.${i}.weight`))} placeholder={t("weight")} inputMode="numeric" value={p.weight} onChange={(e) => set(i, { weight: e.target.value })} className={inputClass} />
            <input aria-label={t("prizeStock", { n: i + 1 })} aria-invalid={Boolean(err(`prizes.${i}.stock`))} placeholder={t("stock")} inputMode="numeric" disabled={p.kind === "THANKS"} value={p.stock} onChange={(e) => set(i, { stock: e.target.value })} className={inputClass} />
            {p.kind === "COUPON" ? (
              <select aria-label={t("prizeCoupon", { n: i + 1 })} aria-invalid={Boolean(err(`prizes.${i}.couponTemplateId`))} value={p.couponTemplateId} onChange={(e) => set(i, { couponTemplateId: e.target.value })} className={inputClass}>
                <option value="">—</option>
                {templates.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
              </select>
            ) : (
              <input aria-label={t("prizePoints", { n: i + 1 })} aria-invalid={Boolean(err(`prizes.${i}.points`))} placeholder={t("points")} inputMode="numeric" disabled={p.kind !== "POINTS"} value={p.points} onChange={(e) => set(i, { points: e.target.value })} className={inputClass} />
            )}
            <input aria-label={t("prizeValue", { n: i + 1 })} placeholder={t("value")} inputMode="decimal" value={p.value} onChange={(e) => set(i, { value: e.target.value })} className={inputClass} />
            <button type="button" onClick={() => setPrizes(prizes.filter((_, j) => j !== i))} disabled={prizes.length <= 2} className="min-h-11 rounded-lg text-sm text-rose-700 ring-1 ring-rose-200">{t("remove")}</button>
            {(["name", "weight", "stock", "couponTemplateId", "points"] as const).map((k) => err(`prizes.${i}.${k}`) && <p key={k} className="col-span-full text-xs text-rose-700">{t(`prizeField.${k}`)}：{err(`prizes.${i}.${k}`)}</p>)}
          </div>
        ))}
        <button type="button" onClick={() => setPrizes([...prizes, blank("POINTS", "", "10")])} disabled={prizes.length >= 12} className="min-h-11 rounded-lg px-3 text-sm ring-1 ring-slate-300">{t("addPrize")}</button>
      </fieldset>
      <button disabled={pending} className="min-h-11 rounded-lg bg-brand-600 px-5 text-sm font-semibold text-white disabled:opacity-50">{t("createLottery")}</button>
      {note && <p role={note.ok ? "status" : "alert"} className={`text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
    </form>
  );
}
