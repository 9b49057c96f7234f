"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import type { warRoom } from "@/lib/live/live-snapshot";
import { formatYuan } from "@/lib/pricing/money";

type Room = Awaited<ReturnType<typeof warRoom>>;
type Labels = Record<"promotion" | "participants" | "orders" | "gmv" | "cost" | "budget" | "stock" | "attemptsLast10s" | "totals" | "none" | "live" | "reconnecting", string>;

/** 大促作战室: every live promotion's counters, pushed every 2 s. */
export function WarRoomClient({ initial, labels }: { initial: Room; labels: Labels }) {
  const [room, setRoom] = useState(initial);
  const [up, setUp] = useState(true);
  useEffect(() => {
    const es = new EventSource("/api/admin/live/stream");
    es.onmessage = (e) => {
      setRoom(JSON.parse(e.data) as Room);
      setUp(true);
    };
    es.onerror = () => setUp(false);
    return () => es.close();
  }, []);
  const t = room.totals;
  return (
    <div className="space-y-4" data-testid="war-room">
      <p className="flex items-center gap-2 text-sm text-slate-600" role="status">
        <span className={`h-2.5 w-2.5 rounded-full ${up ? "animate-pulse bg-emerald-500" : "bg-amber-500"}`} aria-hidden />
        {up ? labels.live : labels.reconnecting} · <time dateTime={room.at}>{new Date(room.at).toLocaleTimeString()}</time>
      </p>
      <div className="grid gap-4 sm:grid-cols-4">
        {[[labels.orders, String(t.orders)], [labels.gmv, formatYuan(t.gmv)], [labels.cost, formatYuan(t.cost)], [labels.attemptsLast10s, String(t.attemptsLast10s)]].map(([k, v]) => (
          <div key={k} className="rounded-2xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <p className="text-sm text-slate-600">{k}</p>
            <p className="text-2xl font-semibold tabular-nums text-slate-900">{v}</p>
          </div>
        ))}
      </div>
      <div className="overflow-x-auto rounded-2xl bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              {[labels.promotion, labels.participants, labels.orders, labels.gmv, labels.cost, labels.budget, labels.stock, labels.attemptsLast10s].map((h) => (
                <th key={h} scope="col" className="px-4 py-2 font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {room.items.map((s) => (
              <tr key={s.promotion.id}>
                <td className="px-4 py-2"><Link href={`/admin/promotions/${s.promotion.id}/live`} className="font-medium text-brand-700 hover:underline">{s.promotion.name}</Link></td>
                <td className="px-4 py-2 tabular-nums">{s.participants}</td>
                <td className="px-4 py-2 tabular-nums">{s.orders}</td>
                <td className="px-4 py-2 tabular-nums">{formatYuan(s.gmv)}</td>
                <td className="px-4 py-2 tabular-nums">{formatYuan(s.cost)}</td>
                <td className={`px-4 py-2 tabular-nums ${(s.budget.burnBp ?? 0) >= 8000 ? "font-semibold text-rose-700" : ""}`}>{s.budget.burnBp === null ? "—" : `${(s.budget.burnBp / 100).toFixed(1)}%`}</td>
                <td className="px-4 py-2 tabular-nums">{s.stock ? `${s.stock.left} / ${s.stock.total}` : "—"}</td>
                <td className="px-4 py-2 tabular-nums">{s.attemptsPerSecond.reduce((a, b) => a + b, 0)}</td>
              </tr>
            ))}
            {!room.items.length && (
              <tr><td colSpan={8} className="px-4 py-6 text-center text-slate-600">{labels.none}</td></tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
