import { useTranslations } from "next-intl";
import type { FieldsProps, FormKind } from "./form-kind";
import { ItemRows, TextField, type ItemColumnsProps } from "./shared-fields";

function Columns({ item, i, update, err }: ItemColumnsProps) {
  const t = useTranslations("form");
  return <TextField label={`${t("groupPrice")} (¥)`} value={item.value} onChange={(v) => update({ value: v })} error={err(`rules.items.${i}.groupPrice`)} />;
}

function Fields(p: FieldsProps) {
  const t = useTranslations("form");
  const { f, set, err } = p;
  return (
    <div className="space-y-3">
      <ItemRows {...p} Columns={Columns} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField numeric label={t("groupSize")} value={f.groupSize} onChange={(v) => set({ groupSize: v })} error={err("rules.groupSize")} />
        <TextField numeric label={t("timeLimit")} value={f.timeLimitMinutes} onChange={(v) => set({ timeLimitMinutes: v })} error={err("rules.timeLimitMinutes")} />
        <label className="flex items-center gap-2 pt-6 text-sm">
          <input type="checkbox" checked={f.virtualCompletion} onChange={(e) => set({ virtualCompletion: e.target.checked })} /> {t("virtualCompletion")}
        </label>
      </div>
    </div>
  );
}

export const groupBuyForm: FormKind = {
  type: "GROUP_BUY",
  Fields,
  toRules: (f, r) => ({ items: f.items.map((it, i) => ({ skuId: it.skuId, groupPrice: r.cents(it.value, `rules.items.${i}.groupPrice`) })), groupSize: r.int(f.groupSize, "rules.groupSize"), timeLimitMinutes: r.int(f.timeLimitMinutes, "rules.timeLimitMinutes"), virtualCompletion: f.virtualCompletion }),
  itemScoped: () => true,
};
