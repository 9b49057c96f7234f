"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Field, inputClass } from "@/components/admin/promotion-form/field";
import { localizeValidation } from "@/lib/i18n/validation-messages";
import { fromZonedInput, toZonedInput } from "@/lib/time/zone";
import { BLOCK_TYPES, newBlock, type BlockType, type DraftBlock } from "./block-defaults";
import { BlockFieldsClient } from "./block-fields-client";
import type { EditorOptions } from "@/lib/pages/page-editor-options";
import { PhonePreview } from "./phone-preview";
import { useJsonSubmit } from "@/components/ui/use-json-submit-client";

type Version = { version: number; liveFrom: string; live: boolean; scheduled: boolean; restoredFrom: number | null };

function SortableBlock({ block, index, children, label, moveLabel, removeLabel, onRemove }: { block: DraftBlock; index: number; children: React.ReactNode; label: string; moveLabel: string; removeLabel: string; onRemove: () => void }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: block.id });
  return (
    <li ref={setNodeRef} style={{ transform: CSS.Transform.toString(transform), transition }} className={`rounded-xl bg-white p-3 shadow-sm ring-1 ${isDragging ? "ring-brand-400" : "ring-slate-200"}`} data-testid="page-block" data-block-type={block.type} data-block-id={block.id}>
      <div className="mb-2 flex items-center gap-2">
        <button type="button" {...attributes} {...listeners} aria-label={`${moveLabel}: ${label} (${index + 1})`} className="min-h-11 min-w-11 cursor-grab rounded-lg bg-slate-100 text-slate-600 active:cursor-grabbing" data-testid="drag-handle">⠿</button>
        <span className="text-sm font-semibold text-slate-900">{label}</span>
        <button type="button" onClick={onRemove} className="ml-auto min-h-11 rounded-lg px-3 text-xs text-rose-700 ring-1 ring-rose-200">{removeLabel}</button>
      </div>
      {children}
    </li>
  );
}

/**
 * 活动页装修: blocks added from the palette, reordered by dragging (or by keyboard: focus the handle,
 * Space, arrows, Space), edited in place, previewed in a phone frame; saved as a draft, published
 * now or at a time (in the shop's zone, the platform's for platform pages), versions listed with rollback. The server validates every block.
 */
export function PageEditorClient({ page, options, timeZone }: { page: { id: string | null; slug: string; title: string; blocks: DraftBlock[]; versions: Version[] }; options: EditorOptions; timeZone: string }) {
  const { promotions } = options;
  const [skuNames, setSkuNames] = useState(options.skuLabels);
  const t = useTranslations("pageBuilder");
  const locale = useLocale();
  const router = useRouter();
  const [slug, setSlug] = useState(page.slug);
  const [title, setTitle] = useState(page.title);
  const [blocks, setBlocks] = useState<DraftBlock[]>(page.blocks);
  const [at, setAt] = useState("");
  const { submit, err, errors, note, pending } = useJsonSubmit();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  async function save(): Promise<string | null> {
    const out = await submit(page.id ? `/api/admin/pages/${page.id}` : "/api/admin/pages", page.id ? "PUT" : "POST", { slug, title, blocks }, t("saved"));
    if (!out) return null;
    if (!page.id) router.push(`/admin/pages/${out.id}`);
    return out.id ?? page.id;
  }
  async function publish() {
    const id = await save();
    if (!id || !page.id) return;
    const when = at ? fromZonedInput(at, timeZone) : undefined;
    await submit(`/api/admin/pages/${id}/publish`, "POST", when ? { at: when } : {}, (out) => (when ? t("scheduled", { version: out.version }) : t("published", { version: out.version })));
  }
  const rollback = (version: number) => submit(`/api/admin/pages/${page.id}/rollback`, "POST", { version }, (out) => t("rolledBack", { version, now: out.version }));
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over || e.active.id === e.over.id) return;
    const from = blocks.findIndex((b) => b.id === e.active.id);
    const to = blocks.findIndex((b) => b.id === e.over!.id);
    setBlocks(arrayMove(blocks, from, to));
  };
  const add = (type: BlockType) => setBlocks([...blocks, newBlock(type, promotions[0]?.id)]);

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
      <div className="space-y-4">
        <div className="grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2">
          <Field label={t("pageTitle")} error={err("title")}><input aria-label={t("pageTitle")} value={title} onChange={(e) => setTitle(e.target.value)} className={inputClass} maxLength={80} /></Field>
          <Field label={t("slug")} error={err("slug")}><input aria-label={t("slug")} value={slug} onChange={(e) => setSlug(e.target.value)} className={inputClass} placeholder="double11" /></Field>
        </div>
        <div className="flex flex-wrap gap-2" role="group" aria-label={t("palette")}>
          {BLOCK_TYPES.map((type) => (
            <button key={type} type="button" onClick={() => add(type)} className="min-h-11 rounded-lg bg-white px-3 text-sm ring-1 ring-slate-300 hover:bg-slate-50">+ {t(`type.${type}`)}</button>
          ))}
        </div>
        {err("blocks") && <p className="text-sm text-rose-700">{err("blocks")}</p>}
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
          <SortableContext items={blocks.map((b) => b.id)} strategy={verticalListSortingStrategy}>
            <ol className="space-y-3" aria-label={t("blocks")} data-testid="block-list">
              {blocks.map((b, i) => (
                <SortableBlock key={b.id} block={b} index={i} label={t(`type.${b.type}`)} moveLabel={t("move")} removeLabel={t("remove")} onRemove={() => setBlocks(blocks.filter((x) => x.id !== b.id))}>
                  <BlockFieldsClient block={b} index={i} allBlocks={blocks} options={options} skuNames={skuNames} addSkuNames={(names) => setSkuNames((m) => ({ ...m, ...names }))} err={err} onChange={(nb) => setBlocks(blocks.map((x) => (x.id === b.id ? nb : x)))} />
                  {Object.entries(errors).filter(([k]) => k.startsWith(`blocks.${i}.`) && !["title", "subtitle", "image", "link", "html", "alt", "promotionId", "items", "limit", "campaignIds", "source", "source.promotionId", "source.categoryId", "source.skuIds", "zones"].some((f) => k === `blocks.${i}.${f}`) && !k.startsWith(`blocks.${i}.zones.`)).map(([k, v]) => <p key={k} className="text-xs text-rose-700">{localizeValidation(v, locale)}</p>)}
                </SortableBlock>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
        <div className="flex flex-wrap items-end gap-2 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <button type="button" disabled={pending} onClick={save} className="min-h-11 rounded-lg px-4 text-sm font-semibold ring-1 ring-slate-300 disabled:opacity-50">{t("saveDraft")}</button>
          {page.id && (
            <>
              <label className="text-xs text-slate-600">
                {t("publishAt", { zone: timeZone })}
                <input aria-label={t("publishAtShort")} type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} className={inputClass} />
                {err("at") && <span className="block text-rose-700">{err("at")}</span>}
              </label>
              <button type="button" disabled={pending} onClick={publish} className="min-h-11 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white disabled:opacity-50">{at ? t("schedule") : t("publishNow")}</button>
            </>
          )}
          {note && <p role={note.ok ? "status" : "alert"} className={`w-full text-sm ${note.ok ? "text-emerald-700" : "text-rose-700"}`}>{note.text}</p>}
        </div>
        {page.versions.length > 0 && (
          <section className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("versions")}</h2>
            <ul className="divide-y divide-slate-100 text-sm" data-testid="versions">
              {page.versions.map((v) => (
                <li key={v.version} className="flex items-center justify-between py-2">
                  <span>v{v.version} · {toZonedInput(v.liveFrom, timeZone).replace("T", " ")} ({timeZone}){v.live ? ` · ${t("live")}` : v.scheduled ? ` · ${t("scheduledTag")}` : ""}{v.restoredFrom ? ` · ${t("restored", { v: v.restoredFrom })}` : ""}</span>
                  {!v.live && !v.scheduled && <button type="button" disabled={pending} onClick={() => rollback(v.version)} className="min-h-11 rounded-lg px-3 text-xs ring-1 ring-slate-300">{t("rollback")}</button>}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <PhonePreview blocks={blocks} title={title} slug={slug} labels={{ preview: t("preview"), open: t("openLive"), typeName: Object.fromEntries(BLOCK_TYPES.map((x) => [x, t(`type.${x}`)])) }} />
    </div>
  );
}
