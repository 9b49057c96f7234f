export function Card({ className = "", children, ...rest }: React.HTMLAttributes<HTMLDivElement>) {
  return (
    <div className={`rounded-xl bg-white shadow-sm ring-1 ring-slate-200 ${className}`} {...rest}>
      {children}
    </div>
  );
}

export function StatCard({ label, value, hint, tone = "slate" }: { label: string; value: React.ReactNode; hint?: string; tone?: "slate" | "brand" | "amber" | "emerald" }) {
  const tones = { slate: "text-slate-900", brand: "text-brand-700", amber: "text-amber-800", emerald: "text-emerald-800" };
  return (
    <Card className="p-5">
      <p className="text-sm text-ink-muted">{label}</p>
      <p className={`mt-2 text-3xl font-semibold tabular-nums ${tones[tone]}`}>{value}</p>
      {hint && <p className="mt-1 text-xs text-ink-muted">{hint}</p>}
    </Card>
  );
}
