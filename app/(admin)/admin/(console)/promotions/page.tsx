import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { listPromotions, PROMOTION_SORTS } from "@/lib/promotions/list-promotions";
import { submitters } from "@/lib/promotions/submitters";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusBadge } from "@/components/admin/status-badge";
import { ButtonLink } from "@/components/ui/button";
import type { PromotionStatus, PromotionType } from "@/lib/generated/prisma/enums";
import { PROMOTION_TYPES } from "@/lib/pricing/kinds";

const STATUSES: PromotionStatus[] = ["DRAFT", "PENDING_REVIEW", "APPROVED", "REJECTED", "SCHEDULED", "ACTIVE", "ENDED", "TERMINATED"];

const TYPES: PromotionType[] = PROMOTION_TYPES;

export const generateMetadata = () => adminMetadata("nav.promotions");

export default async function AdminPromotionsPage({ searchParams }: { searchParams: Promise<{ status?: string; type?: string; q?: string; cursor?: string; sort?: string; activeOn?: string }> }) {
  const sp = await searchParams;
  const status = STATUSES.find((s) => s === sp.status);
  const type = TYPES.find((x) => x === sp.type);
  const sort = PROMOTION_SORTS.find((x) => x === sp.sort);
  const activeOn = sp.activeOn && !Number.isNaN(Date.parse(sp.activeOn)) ? new Date(sp.activeOn) : undefined;
  const ctx = await getAdminContext();
  const t = await getTranslations();
  const format = await getFormatter();
  const { items, nextCursor } = await listPromotions(ctx.actor, { status, type, q: sp.q, shopId: ctx.viewShopId, cursor: sp.cursor, sort, activeOn });
  // the review queue (and any list holding submitted promotions) says who submitted each, and when
  const submitted = await submitters(items.filter((p) => p.submittedAt || p.status === "PENDING_REVIEW").map((p) => p.id));
  const showSubmitted = status === "PENDING_REVIEW" || items.some((p) => p.status === "PENDING_REVIEW");
  const when = (d: Date) => format.dateTime(d, { month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
  return (
    <>
      <PageHeader
        title={t("nav.promotions")}
        subtitle={t("admin.promotionsSubtitle")}
        actions={ctx.actor.role === "ADMIN" || ctx.actor.role === "OPERATOR" ? <ButtonLink href="/admin/promotions/new">+ {t("form.newPromotion")}</ButtonLink> : undefined}
      />
      <form className="mb-3 flex flex-wrap gap-2" role="search">
        {status && <input type="hidden" name="status" value={status} />}
        <input name="q" defaultValue={sp.q} placeholder={t("common.search")} aria-label={t("common.search")} className="w-full max-w-xs rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300" />
        <select name="type" defaultValue={type ?? ""} aria-label={t("admin.colType")} className="rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300">
          <option value="">{t("common.all")}</option>
          {TYPES.map((x) => (
            <option key={x} value={x}>
              {t(`promoType.${x}`)}
            </option>
          ))}
        </select>
        <input type="date" name="activeOn" defaultValue={sp.activeOn} aria-label={t("admin.activeOn")} title={t("admin.activeOn")} className="rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300" />
        <select name="sort" defaultValue={sort ?? "created"} aria-label={t("admin.sort")} className="rounded-lg border-0 bg-white px-3 py-2 text-sm ring-1 ring-slate-300">
          {PROMOTION_SORTS.map((x) => (
            <option key={x} value={x}>
              {t(`admin.sort_${x}`)}
            </option>
          ))}
        </select>
        <button className="rounded-lg bg-slate-800 px-4 py-2 text-sm font-medium text-white">{t("common.search")}</button>
      </form>
      <nav aria-label={t("admin.colStatus")} className="mb-4 flex flex-wrap gap-2">
        {[undefined, ...STATUSES].map((s) => (
          <Link
            key={s ?? "all"}
            href={`?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(type ? { type } : {}), ...(sp.q ? { q: sp.q } : {}) })}`}
            aria-current={status === s ? "page" : undefined}
            className={`rounded-full px-3 py-1 text-sm ring-1 ${status === s ? "bg-slate-900 text-white ring-slate-900" : "bg-white text-slate-600 ring-slate-200 hover:bg-slate-50"}`}
          >
            {s ? t(`status.${s}`) : t("common.all")}
          </Link>
        ))}
      </nav>
      <Table head={[t("admin.colName"), t("admin.colType"), t("admin.colShop"), t("admin.colStatus"), t("admin.colWindow"), ...(showSubmitted ? [t("promo.colSubmitted")] : [])]} empty={<EmptyState title={t("common.empty")} />}>
        {items.map((p) => (
          <tr key={p.id} className="hover:bg-slate-50">
            <Td className="font-medium text-slate-900">
              <Link href={`/admin/promotions/${p.id}`} className="hover:text-brand-700 hover:underline">
                {p.name}
              </Link>
            </Td>
            <Td>{t(`promoType.${p.type}`)}</Td>
            <Td>{p.shop?.name ?? t("common.platform")}</Td>
            <Td>
              <StatusBadge status={p.status} />
            </Td>
            <Td className="tabular-nums text-ink-muted">
              {when(p.startsAt)} → {when(p.endsAt)}
            </Td>
            {showSubmitted && (
              <Td className="text-ink-muted" data-testid="submitted-cell">
                {submitted[p.id] ? (
                  <>
                    <span className="block text-slate-800">{submitted[p.id].name}</span>
                    <span className="tabular-nums text-xs">{when(new Date(submitted[p.id].at))}</span>
                  </>
                ) : (
                  "—"
                )}
              </Td>
            )}
          </tr>
        ))}
      </Table>
      {nextCursor && (
        <div className="mt-4 text-right">
          <Link className="text-sm font-medium text-brand-700 hover:underline" href={`?${new URLSearchParams({ ...(status ? { status } : {}), cursor: nextCursor })}`}>
            {t("common.next")} →
          </Link>
        </div>
      )}
    </>
  );
}
