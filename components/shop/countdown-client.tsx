"use client";
import { useEffect, useState } from "react";

function parts(ms: number) {
  const s = Math.max(0, Math.floor(ms / 1000));
  return { d: Math.floor(s / 86400), h: Math.floor((s % 86400) / 3600), m: Math.floor((s % 3600) / 60), s: s % 60 };
}
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A live countdown to `to`. The server renders the remaining time as of the request (so the page
 * is right before scripts load); the client ticks it every second. `label` wraps the time, e.g.
 * "{time} 后开始"; `doneLabel` replaces it at zero.
 */
export function CountdownClient({ to, serverNow, label, doneLabel, dayUnit }: { to: string; serverNow: number; label: string; doneLabel: string; dayUnit: string }) {
  const target = new Date(to).getTime();
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const left = target - now;
  if (left <= 0) return <span role="timer">{doneLabel}</span>;
  const p = parts(left);
  const time = `${p.d > 0 ? `${p.d}${dayUnit} ` : ""}${pad(p.h)}:${pad(p.m)}:${pad(p.s)}`;
  return (
    <span role="timer" aria-live="off" className="tabular-nums">
      {label.replace("{time}", time)}
    </span>
  );
}
