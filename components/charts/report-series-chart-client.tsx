"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type SeriesPoint = { label: string; gmv: number; cost: number };

/** GMV and discount cost over time, in yuan (the server passes cents ÷ 100 as display values). */
export function ReportSeriesChartClient({ data, gmvLabel, costLabel }: { data: SeriesPoint[]; gmvLabel: string; costLabel: string }) {
  return (
    <div className="h-72 w-full" data-testid="report-series-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#64748b" }} axisLine={false} tickLine={false} />
          <YAxis tick={{ fontSize: 12, fill: "#64748b" }} axisLine={false} tickLine={false} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="gmv" name={gmvLabel} stroke="#e11d48" strokeWidth={2} dot={data.length < 30} />
          <Line type="monotone" dataKey="cost" name={costLabel} stroke="#f59e0b" strokeWidth={2} dot={data.length < 30} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
