import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/lib/seo/admin-metadata";
import { getAdminContext } from "@/lib/auth/admin-context";
import { orNotFound } from "@/lib/http/or-not-found";
import { getSegment } from "@/lib/segments/segment-actions";
import type { SegmentCondition, SegmentGroup } from "@/lib/segments/segment-rules";
import { formatYuan } from "@/lib/pricing/money";
import { PageHeader } from "@/components/ui/page-header";

export const generateMetadata = () => adminMetadata("nav.segments");

type T = Awaited<ReturnType<typeof getTranslations>>;

function words(c: SegmentCondition, t: T): string {
  const name = t(`segments.type.${c.type}`);
  switch (c.type) {
    case "SILENT":
      return `${name} · ${t("segments.daysN", { n: c.days })}`;
    case "HIGH_VALUE":
      return `${name} · ≥ ${formatYuan(c.minSpent)} · ${t("segments.daysN", { n: c.days })}`;
    case "MEMBER_LEVEL":
      return `${name}: ${c.levels.join(", ")}`;
    case "REGION":
      return `${name}: ${c.regions.join(", ")}`;
    case "TAG":
      return `${name}: ${c.tags.join(", ")}`;
    case "BIRTHDAY_MONTH":
      return `${name}: ${c.months.join(", ")}`;
    case "VIEWED_NO_ORDER":
      return `${name} · ${t("segments.daysN", { n: c.days })}`;
    default:
      return name;
  }
}

function Rules({ g, t }: { g: SegmentGroup; t: T }) {
  return (
    <div className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm">
      <p className="text-xs font-medium text-ink-muted">{g.op === "AND" ? t("segments.all") : t("segments.any")}</p>
      <ul className="space-y-1">{g.conditions.map((c, i) => <li key={i}>{"op" in c ? <Rules g={c} t={t} /> : words(c, t)}</li>)}</ul>
    </div>
  );
}

export default async function SegmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor } = await getAdminContext();
  const t = await getTranslations();
  const s = await orNotFound(getSegment(actor, id.slice(0, 64)));
  return (
    <>
      <PageHeader title={s.name} subtitle={t(`segments.mode.${s.kind === "RULES" ? "rules" : "csv"}`)} />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <section className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("segments.rules")}</h2>
          {s.rules ? <Rules g={s.rules} t={t} /> : <p className="text-sm text-ink-muted">{t("segments.listNote")}</p>}
        </section>
        <aside className="h-fit rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <p className="text-3xl font-bold tabular-nums text-slate-900">{s.size.toLocaleString()}</p>
          <p className="text-xs text-ink-muted">{t("segments.shoppersNow")}</p>
          <ul className="mt-3 divide-y divide-slate-100 text-sm">{s.sample.map((x) => <li key={x.id} className="py-1.5">{x.name}</li>)}</ul>
        </aside>
      </div>
    </>
  );
}
