"use client";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/admin/promotion-form/field";
import type { DraftBlock } from "./block-defaults";
import type { EditorOptions } from "@/lib/pages/page-editor-options";
import { SkuPickerClient } from "./sku-picker-client";
import { HotZoneEditorClient } from "./hot-zone-editor-client";

type Props = { block: DraftBlock; onChange: (b: DraftBlock) => void; options: EditorOptions; skuNames: Record<string, string>; addSkuNames: (names: Record<string, string>) => void; err: (path: string) => string | undefined; index: number; allBlocks: DraftBlock[] };

/** The fields of one block, by its type. Errors come by path from the server (blocks.N.field). */
export function BlockFieldsClient({ block, onChange, options, skuNames, addSkuNames, err, index, allBlocks }: Props) {
  const t = useTranslations("pageBuilder");
  const { promotions } = options;
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
      const source = (block.source ?? {}) as { promotionId?: string; categoryId?: string; skuIds?: string[] };
      const kind = source.skuIds ? "skus" : source.categoryId !== undefined ? "category" : "promotion";
      const pickKind = (k: string) => set({ source: k === "skus" ? { skuIds: [] } : k === "category" ? { categoryId: options.categories[0]?.id ?? "" } : { promotionId: promotions[0]?.id ?? "" } });
      return (
        <div className="grid gap-2 sm:grid-cols-3">
          {text("title", t("title"))}
          <label className="block text-xs text-slate-600">
            {t("source")}
            <select aria-label={`${t("source")} (${index + 1})`} value={kind} onChange={(e) => pickKind(e.target.value)} className={inputClass}>
              <option value="promotion">{t("sourcePromotion")}</option>
              <option value="category">{t("sourceCategory")}</option>
              <option value="skus">{t("sourceSkus")}</option>
            </select>
          </label>
          <div className="grid grid-cols-2 gap-2">
            <label className="block text-xs text-slate-600">
              {t("sort")}
              <select aria-label={`${t("sort")} (${index + 1})`} value={String(block.sort)} onChange={(e) => set({ sort: e.target.value })} className={inputClass}>
                <option value="deal-asc">{t("sortDealAsc")}</option>
                <option value="deal-desc">{t("sortDealDesc")}</option>
                <option value="sales">{t("sortSales")}</option>
              </select>
            </label>
            <label className="block text-xs text-slate-600">
              {t("limit")}
              <input type="number" min={1} max={60} aria-label={`${t("limit")} (${index + 1})`} value={Number(block.limit ?? 12)} onChange={(e) => set({ limit: Number(e.target.value) })} className={inputClass} />
              {err(`blocks.${index}.limit`) && <span className="block text-rose-700">{err(`blocks.${index}.limit`)}</span>}
            </label>
          </div>
          {kind === "promotion" && promotionSelect(source.promotionId ?? "", (v) => set({ source: { promotionId: v } }), `blocks.${index}.source.promotionId`)}
          {kind === "category" && (
            <label className="block text-xs text-slate-600">
              {t("sourceCategory")}
              <select aria-label={`${t("sourceCategory")} (${index + 1})`} value={source.categoryId ?? ""} onChange={(e) => set({ source: { categoryId: e.target.value } })} className={inputClass}>
                {options.categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select>
              {err(`blocks.${index}.source.categoryId`) && <span className="block text-rose-700">{err(`blocks.${index}.source.categoryId`)}</span>}
            </label>
          )}
          {kind === "skus" && (
            <>
              <SkuPickerClient index={index} value={source.skuIds ?? []} labels={skuNames} onChange={(ids, names) => { addSkuNames(names); set({ source: { skuIds: ids } }); }} />
              {err(`blocks.${index}.source.skuIds`) && <span className="block text-xs text-rose-700 sm:col-span-3">{err(`blocks.${index}.source.skuIds`)}</span>}
            </>
          )}
          {err(`blocks.${index}.source`) && <span className="block text-xs text-rose-700 sm:col-span-3">{err(`blocks.${index}.source`)}</span>}
        </div>
      );
    }
    case "COUPON_STRIP": {
      const picked = (block.campaignIds ?? []) as string[];
      return (
        <div className="space-y-2">
          {text("title", t("title"))}
          <fieldset className="text-xs text-slate-600">
            <legend>{t("campaigns")}</legend>
            {options.campaigns.length === 0 && <p className="text-ink-muted">{t("noCampaigns")}</p>}
            <div className="grid gap-1 sm:grid-cols-2">
              {options.campaigns.map((c) => (
                <label key={c.id} className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
                  <input type="checkbox" checked={picked.includes(c.id)} onChange={() => set({ campaignIds: picked.includes(c.id) ? picked.filter((x) => x !== c.id) : [...picked, c.id].slice(0, 10) })} /> {c.label}
                </label>
              ))}
            </div>
            <p className="mt-1 text-ink-muted">{t("campaignsHelp")}</p>
            {err(`blocks.${index}.campaignIds`) && <span className="block text-rose-700">{err(`blocks.${index}.campaignIds`)}</span>}
          </fieldset>
        </div>
      );
    }
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
      return (
        <div className="grid gap-2 sm:grid-cols-2">
          {text("image", t("image"))}
          {text("alt", t("alt"))}
          <HotZoneEditorClient index={index} image={String(block.image ?? "")} zones={(block.zones ?? []) as { x: number; y: number; w: number; h: number; link: string; label: string }[]} onChange={(zones) => set({ zones })} err={err} />
        </div>
      );
  }
}
