/** A grid of labelled figures (a report's headline numbers). */
export function StatTiles({ tiles, testId, wide = false }: { tiles: [string, string][]; testId: string; wide?: boolean }) {
  return (
    <dl className={`mb-6 grid grid-cols-2 gap-3 ${wide ? "sm:grid-cols-5" : "sm:grid-cols-4"}`} data-testid={testId}>
      {tiles.map(([k, v]) => (
        <div key={k} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <dt className="text-xs text-ink-muted">{k}</dt>
          <dd className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
