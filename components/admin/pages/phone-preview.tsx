import type { DraftBlock } from "./block-defaults";

/** A phone-sized sketch of the draft as it will stand (live prices are on /p/{slug} once published). */
export function PhonePreview({ blocks, title, slug, labels }: { blocks: DraftBlock[]; title: string; slug: string; labels: { preview: string; open: string; typeName: Record<string, string> } }) {
  return (
    <aside aria-label={labels.preview} className="xl:sticky xl:top-4 xl:self-start">
      <div className="mx-auto w-[22rem] rounded-[2.5rem] bg-slate-900 p-3 shadow-xl">
        <div className="h-[40rem] overflow-y-auto rounded-[2rem] bg-slate-50 p-3" data-testid="phone-preview">
          <p className="mb-2 text-center text-xs font-semibold text-slate-500">{title || "—"}</p>
          <div className="space-y-2">
            {blocks.map((b) => (
              <div key={b.id} className={`rounded-xl p-3 text-xs ${b.type === "BANNER" ? "bg-gradient-to-br from-rose-600 to-orange-500 text-white" : b.type === "COUNTDOWN" ? "bg-slate-900 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
                <p className="font-semibold">{String(b.title || "") || labels.typeName[b.type]}</p>
                {b.type === "PRODUCT_GRID" && <div className="mt-2 grid grid-cols-2 gap-1">{[0, 1, 2, 3].map((i) => <div key={i} className="h-12 rounded bg-slate-100" />)}</div>}
                {b.type === "RICH_TEXT" && <p className="mt-1 line-clamp-3 text-slate-500">{String(b.html ?? "").replace(/<[^>]+>/g, " ")}</p>}
                {b.type === "TABS" && <p className="mt-1 flex gap-1">{((b.items ?? []) as { label: string }[]).map((i, n) => <span key={n} className="rounded-full bg-slate-100 px-2">{i.label}</span>)}</p>}
              </div>
            ))}
          </div>
        </div>
      </div>
      {slug && <p className="mt-2 text-center text-xs"><a href={`/p/${slug}`} className="text-brand-700 hover:underline" target="_blank" rel="noreferrer">{labels.open}</a></p>}
    </aside>
  );
}
