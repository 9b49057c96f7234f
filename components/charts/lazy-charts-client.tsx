"use client";
import dynamic from "next/dynamic";
import type { SeriesPoint } from "./report-series-chart-client";
import type { StatusBar } from "./status-bar-chart-client";
import type { EngagementPoint } from "./engagement-chart-client";

// Charts load on demand (recharts is a separate chunk fetched after the page is usable) and each
// is a named figure whose numbers are also a table (a `<details>` anyone can open; screen readers
// read the table instead of the drawing).
const skeleton = (h: string) =>
  function ChartSkeleton() {
    return <div className={`${h} w-full animate-pulse rounded-lg bg-slate-100`} />;
  };
const Series = dynamic(() => import("./report-series-chart-client").then((m) => m.ReportSeriesChartClient), { ssr: false, loading: skeleton("h-72") });
const Status = dynamic(() => import("./status-bar-chart-client").then((m) => m.StatusBarChartClient), { ssr: false, loading: skeleton("h-64") });
const Engagement = dynamic(() => import("./engagement-chart-client").then((m) => m.EngagementChartClient), { ssr: false, loading: skeleton("h-64") });
const Claims = dynamic(() => import("./claims-chart-client").then((m) => m.ClaimsChartClient), { ssr: false, loading: skeleton("h-64") });

function ChartFigure({ title, tableLabel, head, rows, children }: { title: string; tableLabel: string; head: string[]; rows: (string | number)[][]; children: React.ReactNode }) {
  return (
    <figure aria-label={title} className="space-y-2">
      <div aria-hidden="true">{children}</div>
      <details className="text-sm">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-ink-muted hover:text-slate-900">{tableLabel}</summary>
        <div className="max-h-72 overflow-auto" tabIndex={0} role="region" aria-label={`${title} · ${tableLabel}`}>
          <table className="min-w-full text-left text-xs">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col" className="px-2 py-1 font-semibold text-slate-700">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i} className="border-t border-slate-100">
                  {r.map((c, j) => (j === 0 ? <th key={j} scope="row" className="px-2 py-1 font-normal text-slate-700">{c}</th> : <td key={j} className="px-2 py-1 tabular-nums text-slate-700">{c}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

type Labels = { title: string; tableLabel: string; dateLabel: string };

export function ReportSeriesChart({ data, gmvLabel, costLabel, labels }: { data: SeriesPoint[]; gmvLabel: string; costLabel: string; labels: Labels }) {
  return (
    <ChartFigure title={labels.title} tableLabel={labels.tableLabel} head={[labels.dateLabel, gmvLabel, costLabel]} rows={data.map((d) => [d.label, d.gmv, d.cost])}>
      <Series data={data} gmvLabel={gmvLabel} costLabel={costLabel} />
    </ChartFigure>
  );
}

export function StatusBarChart({ data, labels, valueLabel }: { data: StatusBar[]; labels: Omit<Labels, "dateLabel"> & { keyLabel: string }; valueLabel: string }) {
  return (
    <ChartFigure title={labels.title} tableLabel={labels.tableLabel} head={[labels.keyLabel, valueLabel]} rows={data.map((d) => [d.label, d.value])}>
      <Status data={data} />
    </ChartFigure>
  );
}

export function ClaimsChart({ data, claimsLabel, usesLabel, labels }: { data: { label: string; claims: number; uses: number }[]; claimsLabel: string; usesLabel: string; labels: Labels }) {
  return (
    <ChartFigure title={labels.title} tableLabel={labels.tableLabel} head={[labels.dateLabel, claimsLabel, usesLabel]} rows={data.map((d) => [d.label, d.claims, d.uses])}>
      <Claims data={data} claimsLabel={claimsLabel} usesLabel={usesLabel} />
    </ChartFigure>
  );
}

export function EngagementChart({ data, names, labels }: { data: EngagementPoint[]; names: { checkIns: string; exchanges: string; draws: string }; labels: Labels }) {
  return (
    <ChartFigure title={labels.title} tableLabel={labels.tableLabel} head={[labels.dateLabel, names.checkIns, names.exchanges, names.draws]} rows={data.map((d) => [d.label, d.checkIns, d.exchanges, d.draws])}>
      <Engagement data={data} names={names} />
    </ChartFigure>
  );
}
