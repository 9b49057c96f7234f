"use client";
import { useEffect, useState } from "react";
import type { LiveSnapshot } from "@/lib/live/live-snapshot";
import { formatYuan } from "@/lib/pricing/money";

type Labels = Record<"participants" | "orders" | "gmv" | "gmvHint" | "cost" | "budget" | "noBudget" | "stock" | "noStock" | "conversion" | "attempts" | "attemptsChart" | "outcomes" | "live" | "reconnecting" | "updated", string>;

const pct = (bp: number | null) => (bp === null ? "—" : `${(bp / 100).toFixed(1)}%`);

/** The promotion's live figures, pushed by the server every 2 s (EventSource; it reconnects by itself). */
export function LiveMonitorClient({ initial, labels }: { initial: LiveSnapshot; labels: Labels }) {
  const [s, setS] = useState(initial);
  const [up, setUp] = useState(true);
  useEffect(() => {
    const es = new EventSource(`/api/admin/promotions/${initial.promotion.id}/live/stream`);
    es.onmessage = (e) => {
      setS(JSON.parse(e.data) as LiveSnapshot);
      setUp(true);
    };
    es.onerror = () => setUp(false);
    return () => es.close();
  }, [initial.promotion.id]);
  const now = s.attemptsPerSecond[s.attemptsPerSecond.length - 1] ?? 0;
  const max = Math.max(1, ...s.attemptsPerSecond);
  const card = "rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200";
  const bar = (bp: number, tone: string) => (
    <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden>
      <div className={`h-full ${tone}`} style={{ width: `${Math.min(100, bp / 100)}%` }} />
    </div>
  );
  return (
    <div className="space-y-4" data-testid="live-monitor">
      <p className="flex items-center gap-2 text-sm text-slate-600" role="status" aria-live="polite">
        <span className={`h-2.5 w-2.5 rounded-full ${up ? "animate-pulse bg-emerald-500" : "bg-amber-500"}`} aria-hidden />
        {up ? labels.live : labels.reconnecting} · {labels.updated} <time dateTime={s.at}>{new Date(s.at).toLocaleTimeString()}</time>
      </p>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className={card}>
          <p className="text-sm text-slate-600">{labels.participants}</p>
          <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="live-participants">{s.participants}</p>
        </div>
        <div className={card}>
          <p className="text-sm text-slate-600">{labels.orders}</p>
          <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="live-orders">{s.orders}</p>
        </div>
        <div className={card}>
          <p className="text-sm text-slate-600">{labels.gmv}</p>
          <p className="text-2xl font-semibold tabular-nums text-brand-700" data-testid="live-gmv">{formatYuan(s.gmv)}</p>
          <p className="text-xs text-slate-600">{labels.gmvHint.replace("{gross}", formatYuan(s.gmvGross))}</p>
        </div>
        <div className={card}>
          <p className="text-sm text-slate-600">{labels.cost}</p>
          <p className="text-2xl font-semibold tabular-nums text-amber-700" data-testid="live-cost">{formatYuan(s.cost)}</p>
        </div>
        <div className={card}>
          <p className="text-sm text-slate-600">{labels.budget}</p>
          {s.budget.limit === null ? (
            <p className="text-sm text-slate-600">{labels.noBudget} · {formatYuan(s.budget.used)}</p>
          ) : (
            <>
              <p className="text-2xl font-semibold tabular-nums text-slate-900">{pct(s.budget.burnBp)}</p>
              <p className="text-xs text-slate-600">{formatYuan(s.budget.used)} / {formatYuan(s.budget.limit)}</p>
              {bar(s.budget.burnBp ?? 0, (s.budget.burnBp ?? 0) >= 8000 ? "bg-rose-500" : "bg-brand-500")}
            </>
          )}
        </div>
        <div className={card}>
          <p className="text-sm text-slate-600">{labels.stock}</p>
          {s.stock === null ? (
            <p className="text-sm text-slate-600">{labels.noStock}</p>
          ) : (
            <>
              <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="live-stock">{s.stock.left} / {s.stock.total}</p>
              {bar(s.stock.total ? Math.round((s.stock.left * 10000) / s.stock.total) : 0, "bg-emerald-500")}
            </>
          )}
        </div>
        <div className={card}>
          <p className="text-sm text-slate-600">{labels.conversion}</p>
          <p className="text-2xl font-semibold tabular-nums text-slate-900">{pct(s.conversionBp)}</p>
        </div>
        <div className={card}>
          <p className="text-sm text-slate-600">{labels.attempts}</p>
          <p className="text-2xl font-semibold tabular-nums text-slate-900" data-testid="live-attempts">{now}</p>
        </div>
      </div>
      <figure className={card}>
        <figcaption className="mb-2 text-sm font-medium text-slate-800">{labels.attemptsChart}</figcaption>
        <svg viewBox={`0 0 ${s.attemptsPerSecond.length * 6} 60`} className="h-24 w-full" role="img" aria-label={`${labels.attemptsChart}: ${s.attemptsPerSecond.join(", ")}`} preserveAspectRatio="none">
          {s.attemptsPerSecond.map((n, i) => (
            <rect key={i} x={i * 6 + 1} width={4} y={60 - (n / max) * 58} height={(n / max) * 58} className="fill-brand-500" />
          ))}
        </svg>
        {Object.keys(s.outcomes).length > 0 && (
          <p className="mt-2 text-xs text-slate-600">
            {labels.outcomes}: {Object.entries(s.outcomes).map(([k, n]) => `${k} ${n}`).join(" · ")}
          </p>
        )}
      </figure>
    </div>
  );
}
