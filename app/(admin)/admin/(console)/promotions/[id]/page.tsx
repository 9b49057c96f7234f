import { adminMetadata } from "@/lib/seo/admin-metadata";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getAdminContext } from "@/lib/auth/admin-context";
import { getPromotionView } from "@/lib/promotions/get-promotion-view";
import { describeRules } from "@/lib/promotions/describe-rules";
import type { LifecycleAction } from "@/lib/promotions/promotion-lifecycle";
import { listShopperOptions } from "@/lib/shoppers/list-shopper-options";
import { listSkuOptions } from "@/lib/catalogue/list-sku-options";
import { formatYuan } from "@/lib/pricing/money";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/admin/status-badge";
import { PromotionActionsClient } from "@/components/admin/promotion-actions-client";
import { SimulationClient } from "@/components/admin/simulation-client";
import { OverlapList } from "@/components/admin/overlap-list";
import { AuditLine } from "@/components/admin/audit-line";

export const generateMetadata = () => adminMetadata("nav.promotions");

export default async function PromotionDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await getAdminContext();
  const view = await getPromotionView(ctx.actor, id).catch(() => null);
  if (!view) notFound();
  const { promotion: p, shopName, skuNames, audit, scope, overlaps } = view;
  const t = await getTranslations();
  const locale = (await getLocale()) as "zh" | "en";
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const role = ctx.actor.role;
  const mayWrite = !(ctx.actor.shopId && p.shopId === null) && role !== "ANALYST";
  const actions: LifecycleAction[] = [];
  if (mayWrite) {
    if (["DRAFT", "REJECTED"].includes(p.status) && (role === "ADMIN" || role === "OPERATOR")) actions.push("submit");
    if (p.status === "PENDING_REVIEW" && (role === "ADMIN" || role === "APPROVER")) actions.push("approve", "reject");
    if (["APPROVED", "SCHEDULED", "ACTIVE"].includes(p.status) && (role === "ADMIN" || role === "APPROVER")) actions.push("terminate");
  }
  const [shoppers, skus] = await Promise.all([listShopperOptions(t("promo.newUsers")), listSkuOptions(p.shopId ?? ctx.viewShopId)]);
  const names = { ...skuNames, ...Object.fromEntries(skus.map((s) => [s.id, s.label])), [p.id]: p.name };
  const limits = p.limits as Record<string, number | undefined>;
  const stacking = p.stacking as { withCoupons?: boolean; withPlatform?: boolean; exclusiveGroup?: string };
  const audience = p.audience as { newUsersOnly?: boolean; memberLevels?: string[]; tags?: string[]; regions?: string[]; channels?: string[] };
  return (
    <>
      <Link href="/admin/promotions" className="text-sm text-ink-muted hover:text-slate-900">
        ← {t("nav.promotions")}
      </Link>
      <div className="mb-6 mt-2 flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">{p.name}</h1>
          <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
            <StatusBadge status={p.status} />
            <Badge tone="blue">{t(`promoType.${p.type}`)}</Badge>
            <span>{shopName ?? t("common.platform")}</span>
            <span>·</span>
            <span className="tabular-nums">
              {when(p.startsAt)} → {when(p.endsAt)}
            </span>
          </div>
          <p className="mt-1 text-sm text-ink-muted" data-testid="submitted-by">
            {view.createdBy && <span>{t("promo.createdBy", { name: view.createdBy })} · </span>}
            {view.submittedBy && view.submittedAt ? t("promo.submittedBy", { name: view.submittedBy, when: when(new Date(view.submittedAt)) }) : t("promo.notSubmitted")}
          </p>
        </div>
        <div className="flex flex-wrap items-start gap-2">
          {mayWrite && (role === "ADMIN" || role === "OPERATOR") && !["ENDED", "TERMINATED"].includes(p.status) && (
            <Link href={`/admin/promotions/${p.id}/edit`} className="rounded-lg px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">
              {t("form.edit")}
            </Link>
          )}
          {["ACTIVE", "ENDED", "TERMINATED"].includes(p.status) && (
            <Link href={`/admin/promotions/${p.id}/live`} className="rounded-lg px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50" data-testid="live-link">
              {t("live.open")}
            </Link>
          )}
          <Link href={`/admin/promotions/${p.id}/report`} className="rounded-lg px-4 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50" data-testid="report-link">
            {t("report.title")}
          </Link>
          <PromotionActionsClient id={p.id} actions={actions} />
        </div>
      </div>
      {(p.rejectReason || p.terminateReason) && (
        <p className="mb-4 rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-700">
          {p.rejectReason ? t("promo.rejectedBecause", { reason: p.rejectReason }) : t("promo.terminatedBecause", { reason: p.terminateReason ?? "" })}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="p-5 lg:col-span-2">
          <h2 className="mb-3 font-semibold text-slate-800">{t("promo.rules")}</h2>
          {p.variants.length >= 2 ? (
            <ul className="space-y-3" data-testid="ab-variants">
              {p.variants.map((v) => (
                <li key={v.key}>
                  <p className="mb-1 text-sm font-medium text-slate-700">{t("promo.variant", { key: v.key, weight: v.weight })}</p>
                  <RuleLines lines={describeRules(p.type, v.rules, locale, (sid) => skuNames[sid] ?? sid)} />
                </li>
              ))}
            </ul>
          ) : (
            <RuleLines lines={describeRules(p.type, p.rules, locale, (sid) => skuNames[sid] ?? sid)} />
          )}
        </Card>
        <Card className="p-5">
          <h2 className="mb-3 font-semibold text-slate-800">{t("promo.settings")}</h2>
          <dl className="space-y-2 text-sm">
            <div className="flex justify-between gap-2">
              <dt className="text-ink-muted">{t("promo.audience")}</dt>
              <dd className="text-right">
                {audience.newUsersOnly && <Badge tone="green">{t("promo.newUsers")}</Badge>} {audience.memberLevels?.join(" ")} {audience.tags?.join(" ")} {audience.regions?.join(" ")}
                {!audience.newUsersOnly && !audience.memberLevels?.length && !audience.tags?.length && !audience.regions?.length && t("promo.everyone")}
              </dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-ink-muted">{t("promo.budget")}</dt>
              <dd className="tabular-nums">{limits.budget ? `${formatYuan(p.budgetUsed)} / ${formatYuan(limits.budget)}` : t("promo.unlimited")}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-ink-muted">{t("promo.perUser")}</dt>
              <dd>{limits.perUser ?? limits.perUserUnits ?? t("promo.unlimited")}</dd>
            </div>
            <div className="flex justify-between gap-2">
              <dt className="text-ink-muted">{t("promo.stacking")}</dt>
              <dd className="text-right">
                {stacking.withCoupons === false ? t("promo.noCoupons") : t("promo.withCoupons")}
                {stacking.exclusiveGroup && <span className="block text-xs text-ink-muted">{t("promo.group", { group: stacking.exclusiveGroup })}</span>}
              </dd>
            </div>
          </dl>
        </Card>
        <Card className="p-5 lg:col-span-3" data-testid="promotion-scope">
          <h2 className="mb-3 font-semibold text-slate-800">{t("promo.scopeTitle")}</h2>
          <ScopeView scope={scope} owner={shopName ?? t("common.platform")} skuNames={skuNames} locale={locale} labels={{ all: t("promo.scopeAll", { owner: shopName ?? t("common.platform") }), skus: t("promo.scopeSkus", { count: scope.skuIds.length }), categories: t("promo.scopeCategories"), excluded: t("promo.scopeExcluded"), withdrawn: t("promo.scopeWithdrawn") }} />
        </Card>
        {overlaps.length > 0 && (
          <Card className="p-5 lg:col-span-3" data-testid="promotion-overlaps">
            <h2 className="font-semibold text-slate-800">{t("overlap.detailTitle")}</h2>
            <p className="text-sm text-ink-muted">{t("overlap.detailHelp")}</p>
            <OverlapList overlaps={overlaps} />
          </Card>
        )}
      </div>
      <Card className="mt-6 p-5">
        <h2 className="mb-1 font-semibold text-slate-800">{t("promo.simulation")}</h2>
        <p className="mb-4 text-sm text-ink-muted">{t("promo.simulationHint")}</p>
        <SimulationClient id={p.id} shoppers={shoppers} skus={skus} names={names} />
      </Card>
      <Card className="mt-6 p-5">
        <h2 className="mb-3 font-semibold text-slate-800">{t("nav.audit")}</h2>
        <ol className="space-y-3 border-l border-slate-200 pl-4 text-sm">
          {audit.map((a) => (
            <li key={a.id}>
              <time className="text-xs text-ink-muted" dateTime={a.at}>
                {when(new Date(a.at))}
              </time>
              <p>
                <AuditLine entry={a} withEntity={false} />
                {(a.after as { status?: string } | null)?.status && <span className="text-ink-muted"> → {t(`status.${(a.after as { status: string }).status}`)}</span>}
              </p>
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}

function RuleLines({ lines }: { lines: string[] }) {
  return (
    <ul className="space-y-2">
      {lines.map((line, i) => (
        <li key={i} className="rounded-lg bg-brand-50 px-3 py-2 text-brand-700">
          {line}
        </li>
      ))}
    </ul>
  );
}

type ScopeData = { all: boolean; skuIds: string[]; categories: { id: string; name: string; nameEn: string | null }[]; excludeSkuIds: string[]; withdrawnSkuIds: string[] };

/** The scope by name: all goods, or the SKUs and categories it covers, and what is left out. */
function ScopeView({ scope, skuNames, locale, labels }: { scope: ScopeData; owner: string; skuNames: Record<string, string>; locale: "zh" | "en"; labels: { all: string; skus: string; categories: string; excluded: string; withdrawn: string } }) {
  const chip = "rounded-full bg-slate-100 px-2.5 py-1 text-xs text-slate-700";
  const list = (ids: string[], tone = chip) => (
    <ul className="flex flex-wrap gap-1.5">
      {ids.map((id) => (
        <li key={id} className={tone}>
          {skuNames[id] ?? id}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-3 text-sm">
      {scope.all && <p className="font-medium text-slate-800">{labels.all}</p>}
      {scope.skuIds.length > 0 && (
        <div>
          <p className="mb-1 text-ink-muted">{labels.skus}</p>
          {list(scope.skuIds)}
        </div>
      )}
      {scope.categories.length > 0 && (
        <div>
          <p className="mb-1 text-ink-muted">{labels.categories}</p>
          <ul className="flex flex-wrap gap-1.5">
            {scope.categories.map((c) => (
              <li key={c.id} className={chip}>
                {locale === "en" && c.nameEn ? c.nameEn : c.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      {scope.excludeSkuIds.length > 0 && (
        <div>
          <p className="mb-1 text-ink-muted">{labels.excluded}</p>
          {list(scope.excludeSkuIds, "rounded-full bg-rose-50 px-2.5 py-1 text-xs text-rose-800 line-through")}
        </div>
      )}
      {scope.withdrawnSkuIds.length > 0 && (
        <div>
          <p className="mb-1 text-ink-muted">{labels.withdrawn}</p>
          {list(scope.withdrawnSkuIds, "rounded-full bg-amber-50 px-2.5 py-1 text-xs text-amber-900")}
        </div>
      )}
    </div>
  );
}
