"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { OptionSelect } from "@/components/ui/option-select";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

const n = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v) : v);

/** 上架: a platform coupon (or a SKU) for points, with stock and a per-shopper limit. */
export function PointsProductFormClient({ templates }: { templates: { id: string; label: string }[] }) {
  const t = useTranslations("membersAdmin");
  const [f, setF] = useState({ name: "", kind: "COUPON", couponTemplateId: templates[0]?.id ?? "", skuId: "", pointsCost: "100", stock: "100", perUserLimit: "1" });
  const { submit, err, note, pending } = useJsonSubmit();
  const go = (e: React.FormEvent) => {
    e.preventDefault();
    void submit("/api/admin/points-mall", "POST", { name: f.name, kind: f.kind, couponTemplateId: f.kind === "COUPON" ? f.couponTemplateId || undefined : undefined, skuId: f.kind === "GOODS" ? f.skuId || undefined : undefined, pointsCost: n(f.pointsCost), stock: n(f.stock), perUserLimit: n(f.perUserLimit) }, t("saved"));
  };
  return (
    <form onSubmit={go} className="mb-6 space-y-3 rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="points-product-form">
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("productName")} error={err("name")}><input aria-label={t("productName")} value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} className={inputClass} maxLength={80} /></Field>
        <Field label={t("kind")}><OptionSelect aria-label={t("kind")} value={f.kind} onChange={(e) => setF({ ...f, kind: e.target.value })} className={inputClass} options={[{ id: "COUPON", label: t("kindCoupon") }, { id: "GOODS", label: t("kindGoods") }]} /></Field>
        {f.kind === "COUPON" ? (
          <Field label={t("couponTemplate")} error={err("couponTemplateId")}><OptionSelect aria-label={t("couponTemplate")} value={f.couponTemplateId} onChange={(e) => setF({ ...f, couponTemplateId: e.target.value })} className={inputClass} options={templates} empty="—" /></Field>
        ) : (
          <Field label={t("skuId")} error={err("skuId")}><input aria-label={t("skuId")} value={f.skuId} onChange={(e) => setF({ ...f, skuId: e.target.value })} className={inputClass} /></Field>
        )}
        <Field label={t("pointsCost")} error={err("pointsCost")}><input aria-label={t("pointsCost")} inputMode="numeric" value={f.pointsCost} onChange={(e) => setF({ ...f, pointsCost: e.target.value })} className={inputClass} /></Field>
        <Field label={t("stock")} error={err("stock")}><input aria-label={t("stock")} inputMode="numeric" value={f.stock} onChange={(e) => setF({ ...f, stock: e.target.value })} className={inputClass} /></Field>
        <Field label={t("perUserLimit")} error={err("perUserLimit")}><input aria-label={t("perUserLimit")} inputMode="numeric" value={f.perUserLimit} onChange={(e) => setF({ ...f, perUserLimit: e.target.value })} className={inputClass} /></Field>
      </div>
      <button disabled={pending} className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white disabled:opacity-50">{t("addProduct")}</button>
      {note && <p role={note.ok ? "status" : "alert"} className={`text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
    </form>
  );
}
