"use client";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/admin/promotion-form/field";
import type { DraftBlock } from "./block-defaults";

type Option = { id: string; label: string };

/** The fields of one block, by its type. Errors come by path from the server (blocks.N.field). */
export function BlockFieldsClient({ block, onChange, promotions, err, index, allBlocks }: { block: DraftBlock; onChange: (b: DraftBlock) => void; promotions: Option[]; err: (path: string) => string | undefined; index: number; allBlocks: DraftBlock[] }) {
  const t = useTranslations("pageBuilder");
  const set = (patch: Record<string, unknown>) => onChange({ ...block, ...patch });
  const text = (key: string, label: string, multiline = false) => (
    <label className="block text-xs text-slate-600">
      {label}
      {multiline ? (
        <textarea aria-label={`${label} (${index + 1})`} value={String(block[key] ?? "")} onChange={(e) => set({ [key]: e.target.value })} rows={4} className={`${inputClass} font-mono text-xs`} />
      ) : (
        <input aria-label={`${label} (${index + 1})`} value={String(block[key] ?? "")} onChange={(e) => set({ [key]: e.target.value })} className={inputClass} />
      )}
      {err(`blocks.${index}.${key}`) && <span className="block text-rose-700">{err(`blocks.${index}.${key}`)}</span>}
    </label>
  );
  const promotionSelect = (value: string, onPick: (v: string) => void, path: string) => (
    <label className="block text-xs text-slate-600">
      {t("promotion")}
      <select aria-label={`${t("promotion")} (${index + 1})`} value={value} onChange={(e) => onPick(e.target.value)} className={inputClass}>
        <option value="">—</option>
        {promotions.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
      </select>
      {err(path) && <span className="block text-rose-700">{err(path)}</span>}
    </label>
  );
  switch (block.type) {
    case "BANNER":
      return <div className="grid gap-2 sm:grid-cols-2">{text("title", t("title"))}{text("subtitle", t("subtitle"))}{text("image", t("image"))}{text("link", t("link"))}</div>;
    case "COUNTDOWN":
      return <div className="grid gap-2 sm:grid-cols-2">{promotionSelect(String(block.promotionId ?? ""), (v) => set({ promotionId: v }), `blocks.${index}.promotionId`)}{text("title", t("title"))}</div>;
    case "PRODUCT_GRID": {
      const source = (block.source ?? {}) as { promotionId?: string };
      return (
        <div className="grid gap-2 sm:grid-cols-3">
          {text("title", t("title"))}
          {promotionSelect(source.promotionId ?? "", (v) => set({ source: { promotionId: v } }), `blocks.${index}.source.promotionId`)}
          <label className="block text-xs text-slate-600">
            {t("sort")}
            <select aria-label={`${t("sort")} (${index + 1})`} value={String(block.sort)} onChange={(e) => set({ sort: e.target.value })} className={inputClass}>
              <option value="deal-asc">{t("sortDealAsc")}</option>
              <option value="deal-desc">{t("sortDealDesc")}</option>
              <option value="sales">{t("sortSales")}</option>
            </select>
          </label>
        </div>
      );
    }
    case "COUPON_STRIP":
    case "FLASH_STRIP":
      return <div>{text("title", t("title"))}</div>;
    case "RICH_TEXT":
      return <div>{text("html", t("html"), true)}</div>;
    case "TABS": {
      const items = (block.items ?? []) as { label: string; target: string }[];
      const targets = allBlocks.filter((b) => b.id !== block.id);
      return (
        <div className="space-y-1">
          {targets.map((b) => {
            const at = items.findIndex((i) => i.target === b.id);
            return (
              <label key={b.id} className="flex items-center gap-2 text-xs">
                <input type="checkbox" checked={at >= 0} onChange={() => set({ items: at >= 0 ? items.filter((i) => i.target !== b.id) : [...items, { label: t(`type.${b.type}`).slice(0, 20), target: b.id }] })} />
                {t(`type.${b.type}`)} · {b.id}
              </label>
            );
          })}
          {err(`blocks.${index}.items`) && <span className="block text-xs text-rose-700">{err(`blocks.${index}.items`)}</span>}
        </div>
      );
    }
    case "HOT_ZONE":
      return <div className="grid gap-2 sm:grid-cols-2">{text("image", t("image"))}{text("alt", t("alt"))}</div>;
  }
}
