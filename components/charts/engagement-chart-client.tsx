"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type EngagementPoint = { label: string; checkIns: number; exchanges: number; draws: number };

/** Check-ins, exchanges and draws per day. */
export function EngagementChartClient({ data, names }: { data: EngagementPoint[]; names: { checkIns: string; exchanges: string; draws: string } }) {
  return (
    <div className="h-64 w-full" data-testid="engagement-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#64748b" }} axisLine={false} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#64748b" }} axisLine={false} tickLine={false} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="checkIns" name={names.checkIns} stroke="#e11d48" strokeWidth={2} />
          <Line type="monotone" dataKey="exchanges" name={names.exchanges} stroke="#0ea5e9" strokeWidth={2} />
          <Line type="monotone" dataKey="draws" name={names.draws} stroke="#f59e0b" strokeWidth={2} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
