import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { Overlap } from "@/lib/promotions/overlaps";

/**
 * The live or scheduled promotions a draft overlaps (SPEC §3), same type first, each linked: shown
 * by the form and the submit button when they ask for an acknowledgement, and on the detail page.
 */
export function OverlapList({ overlaps }: { overlaps: Overlap[] }) {
  const t = useTranslations("overlap");
  const tt = useTranslations("promoType");
  const ts = useTranslations("status");
  const format = useFormatter();
  return (
    <ul className="mt-2 space-y-1 text-sm" data-testid="overlap-list">
      {overlaps.map((o) => (
        <li key={o.id} className="flex flex-wrap items-center gap-x-2">
          <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${o.sameType ? "bg-rose-100 text-rose-800" : "bg-slate-100 text-slate-700"}`}>{o.sameType ? t("sameType") : t("stacks")}</span>
          <Link href={o.href} target="_blank" className="font-medium text-brand-700 underline">
            {o.name}
          </Link>
          <span className="text-ink-muted">
            {tt(o.type)} · {ts(o.status)} · {format.dateTime(new Date(o.startsAt), { dateStyle: "short", timeStyle: "short" })} – {format.dateTime(new Date(o.endsAt), { dateStyle: "short", timeStyle: "short" })}
          </span>
        </li>
      ))}
    </ul>
  );
}
