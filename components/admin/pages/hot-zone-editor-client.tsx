"use client";
import { useRef, useState, type PointerEvent } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/components/admin/promotion-form/field";

type Zone = { x: number; y: number; w: number; h: number; link: string; label: string };
const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/**
 * 热区: rectangles drawn on the picture with the pointer (press, drag, release), in whole percent
 * of the picture so they fit any screen; each with its link and a label (read aloud). Every
 * rectangle's numbers are also fields, and "add a zone" makes one without drawing (keyboard).
 */
export function HotZoneEditorClient({ image, zones, onChange, err, index }: { image: string; zones: Zone[]; onChange: (zones: Zone[]) => void; err: (path: string) => string | undefined; index: number }) {
  const t = useTranslations("pageBuilder");
  const box = useRef<HTMLDivElement>(null);
  const [draft, setDraft] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const at = (e: PointerEvent) => {
    const r = box.current!.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * 100, y: ((e.clientY - r.top) / r.height) * 100 };
  };
  // corners clamped to the picture: a zone never runs off it
  const rect = (d: { x0: number; y0: number; x1: number; y1: number }) => {
    const [x0, x1, y0, y1] = [clamp(d.x0), clamp(d.x1), clamp(d.y0), clamp(d.y1)];
    return { x: Math.min(x0, x1), y: Math.min(y0, y1), w: Math.abs(x1 - x0), h: Math.abs(y1 - y0) };
  };
  const finish = () => {
    if (draft) {
      const r = rect(draft);
      if (r.w >= 3 && r.h >= 3 && zones.length < 12) onChange([...zones, { ...r, link: "/", label: "" }]);
    }
    setDraft(null);
  };
  const set = (i: number, patch: Partial<Zone>) => onChange(zones.map((z, k) => (k === i ? { ...z, ...patch } : z)));
  const shown = draft ? rect(draft) : null;
  return (
    <div className="space-y-2 sm:col-span-2">
      <p className="text-xs text-ink-muted">{t("drawZones")}</p>
      <div
        ref={box}
        className="relative w-full max-w-sm touch-none select-none overflow-hidden rounded-lg ring-1 ring-slate-300"
        onPointerDown={(e) => {
          (e.target as Element).setPointerCapture?.(e.pointerId);
          const p = at(e);
          setDraft({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
        }}
        onPointerMove={(e) => draft && setDraft({ ...draft, x1: at(e).x, y1: at(e).y })}
        onPointerUp={finish}
        data-testid="hot-zone-canvas"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- the operator's picture as it is */}
        <img src={image} alt="" draggable={false} className="pointer-events-none w-full" />
        {zones.map((z, i) => (
          <span key={i} className="pointer-events-none absolute flex items-center justify-center border-2 border-brand-600 bg-brand-600/20 text-xs font-bold text-brand-800" style={{ left: `${z.x}%`, top: `${z.y}%`, width: `${z.w}%`, height: `${z.h}%` }}>
            {i + 1}
          </span>
        ))}
        {shown && <span className="pointer-events-none absolute border-2 border-dashed border-slate-900" style={{ left: `${shown.x}%`, top: `${shown.y}%`, width: `${shown.w}%`, height: `${shown.h}%` }} />}
      </div>
      <ol className="space-y-2" data-testid="hot-zones">
        {zones.map((z, i) => (
          <li key={i} className="grid grid-cols-4 gap-2 rounded-lg bg-slate-50 p-2 text-xs sm:grid-cols-8">
            {(["x", "y", "w", "h"] as const).map((k) => (
              <label key={k} className="text-slate-600">
                {t(`zone_${k}`)}
                <input type="number" min={0} max={100} value={z[k]} onChange={(e) => {
                  const v = clamp(Number(e.target.value));
                  // a width or height stops at the picture's edge; a move keeps the zone inside
                  set(i, k === "w" ? { w: Math.min(v, 100 - z.x) } : k === "h" ? { h: Math.min(v, 100 - z.y) } : k === "x" ? { x: Math.min(v, 100 - z.w) } : { y: Math.min(v, 100 - z.h) });
                }} aria-label={`${t("zone", { n: i + 1 })} ${t(`zone_${k}`)}`} className={inputClass} />
              </label>
            ))}
            <label className="col-span-2 text-slate-600">
              {t("link")}
              <input value={z.link} onChange={(e) => set(i, { link: e.target.value })} aria-label={`${t("zone", { n: i + 1 })} ${t("link")}`} className={inputClass} />
              {err(`blocks.${index}.zones.${i}.link`) && <span className="block text-rose-700">{err(`blocks.${index}.zones.${i}.link`)}</span>}
            </label>
            <label className="col-span-1 text-slate-600">
              {t("zoneLabel")}
              <input value={z.label} onChange={(e) => set(i, { label: e.target.value })} aria-label={`${t("zone", { n: i + 1 })} ${t("zoneLabel")}`} className={inputClass} />
              {err(`blocks.${index}.zones.${i}.label`) && <span className="block text-rose-700">{err(`blocks.${index}.zones.${i}.label`)}</span>}
            </label>
            <button type="button" onClick={() => onChange(zones.filter((_, k) => k !== i))} className="min-h-11 self-end rounded-lg px-2 text-rose-700 ring-1 ring-rose-200" aria-label={t("removeZone", { n: i + 1 })}>
              ×
            </button>
          </li>
        ))}
      </ol>
      <button type="button" disabled={zones.length >= 12} onClick={() => onChange([...zones, { x: 10, y: 10, w: 30, h: 30, link: "/", label: "" }])} className="min-h-11 rounded-lg px-3 text-xs ring-1 ring-slate-300 disabled:opacity-40">
        + {t("addZone")}
      </button>
      {err(`blocks.${index}.zones`) && <span className="block text-xs text-rose-700">{err(`blocks.${index}.zones`)}</span>}
    </div>
  );
}
