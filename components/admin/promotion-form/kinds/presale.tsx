import { useTranslations } from "next-intl";
import { centsToYuanText } from "@/lib/pricing/money";
import { toZonedInput, zoneLabel } from "@/lib/time/zone";
import { emptyItem } from "../form-types";
import { Field, inputClass } from "../field";
import type { FieldsProps, FormKind } from "./form-kind";
import { ItemRows, TextField, type ItemColumnsProps } from "./shared-fields";

function Columns({ item, i, update, err }: ItemColumnsProps) {
  const t = useTranslations("form");
  return (
    <>
      <TextField label={`${t("deposit")} (¥)`} value={item.value} onChange={(v) => update({ value: v })} error={err(`rules.items.${i}.deposit`)} />
      <TextField label={`${t("depositValue")} (¥)`} value={item.value2 ?? ""} onChange={(v) => update({ value2: v })} error={err(`rules.items.${i}.depositValue`)} />
      <TextField numeric label={t("stock")} value={item.stock} onChange={(v) => update({ stock: v })} error={err(`rules.items.${i}.stock`)} />
      <TextField numeric label={t("perUserLimit")} value={item.perUserLimit} onChange={(v) => update({ perUserLimit: v })} error={err(`rules.items.${i}.perUserLimit`)} />
    </>
  );
}

function Fields(p: FieldsProps) {
  const t = useTranslations("form");
  const zone = zoneLabel(p.f.timeZone);
  return (
    <div className="space-y-3">
      <p className="text-sm text-ink-muted">{t("presaleHelp")}</p>
      <ItemRows {...p} Columns={Columns} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={`${t("balanceStartsAt")} (${zone})`} error={p.err("rules.balanceStartsAt")}>
          <input type="datetime-local" value={p.f.balanceStartsAt} onChange={(e) => p.set({ balanceStartsAt: e.target.value })} className={inputClass} />
        </Field>
        <Field label={`${t("balanceEndsAt")} (${zone})`} error={p.err("rules.balanceEndsAt")}>
          <input type="datetime-local" value={p.f.balanceEndsAt} onChange={(e) => p.set({ balanceEndsAt: e.target.value })} className={inputClass} />
        </Field>
      </div>
    </div>
  );
}

type StoredItem = { skuId: string; deposit: number; depositValue: number; stock: number; perUserLimit: number };

export const presaleForm: FormKind = {
  type: "PRESALE",
  Fields,
  toRules: (f, r) => ({
    items: f.items.map((it, i) => ({
      skuId: it.skuId,
      deposit: r.cents(it.value, `rules.items.${i}.deposit`),
      depositValue: r.cents(it.value2 ?? "", `rules.items.${i}.depositValue`),
      stock: r.int(it.stock, `rules.items.${i}.stock`),
      perUserLimit: r.int(it.perUserLimit || "1", `rules.items.${i}.perUserLimit`),
    })),
    balanceStartsAt: r.time(f.balanceStartsAt, "rules.balanceStartsAt"),
    balanceEndsAt: r.time(f.balanceEndsAt, "rules.balanceEndsAt"),
  }),
  itemScoped: () => true,
  fill: (rules, timeZone) => ({
    items: ((rules.items ?? []) as StoredItem[]).map((it) => ({ ...emptyItem(), skuId: it.skuId, value: centsToYuanText(it.deposit), value2: centsToYuanText(it.depositValue), stock: String(it.stock), perUserLimit: String(it.perUserLimit) })),
    balanceStartsAt: typeof rules.balanceStartsAt === "string" ? toZonedInput(rules.balanceStartsAt, timeZone) : "",
    balanceEndsAt: typeof rules.balanceEndsAt === "string" ? toZonedInput(rules.balanceEndsAt, timeZone) : "",
  }),
};
