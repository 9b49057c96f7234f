"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Claims and uses per day, side by side. */
export function ClaimsChartClient({ data, claimsLabel, usesLabel }: { data: { label: string; claims: number; uses: number }[]; claimsLabel: string; usesLabel: string }) {
  return (
    <div className="h-64 w-full" data-testid="claims-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#64748b" }} axisLine={false} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#64748b" }} axisLine={false} tickLine={false} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} />
          <Legend />
          <Bar dataKey="claims" name={claimsLabel} fill="#f59e0b" radius={[4, 4, 0, 0]} />
          <Bar dataKey="uses" name={usesLabel} fill="#e11d48" radius={[4, 4, 0, 0]} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
