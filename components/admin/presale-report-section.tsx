import { getTranslations } from "next-intl/server";
import { formatYuan } from "@/lib/pricing/money";
import { formatRate } from "@/lib/analytics/format-ratio";
import { Card, StatCard } from "@/components/ui/card";
import { Table, Td } from "@/components/ui/table";
import { cancelPresaleAction } from "@/lib/presale/presale-actions";
import type { presaleAdminView } from "@/lib/presale/presale-admin";

/** 预售 on a promotion's report: deposits, balances paid, forfeits, conversion, and the latest purchases (the shop may cancel one). */
export async function PresaleReportSection({ view, promotionId, error, cancelled }: { view: Awaited<ReturnType<typeof presaleAdminView>>; promotionId: string; error?: string; cancelled?: boolean }) {
  const t = await getTranslations("presaleReport");
  const ts = await getTranslations("presale");
  const r = view.report;
  const back = `/admin/promotions/${promotionId}/report`;
  return (
    <section className="mt-6 space-y-4" aria-labelledby="presale-report" data-testid="presale-report">
      <h2 id="presale-report" className="font-semibold text-slate-800">{t("title")}</h2>
      {error && <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">{t("error", { code: error })}</p>}
      {cancelled && <p role="status" className="rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{t("cancelled")}</p>}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatCard label={t("depositsPaid")} value={r.depositsPaid.count} hint={t("amountUnits", { amount: formatYuan(r.depositsPaid.amount), units: r.depositsPaid.units })} tone="brand" />
        <StatCard label={t("balancesPaid")} value={r.balancesPaid.count} hint={t("amountUnits", { amount: formatYuan(r.balancesPaid.amount), units: r.balancesPaid.units })} tone="emerald" />
        <StatCard label={t("forfeited")} value={r.forfeited.count} hint={t("kept", { amount: formatYuan(r.forfeited.amount) })} tone="amber" />
        <StatCard label={t("conversion")} value={r.conversionBp === null ? "—" : formatRate(r.conversionBp / 10000)} hint={t("conversionHint")} />
        <StatCard label={t("awaitingBalance")} value={r.awaitingBalance.count} />
        <StatCard label={t("awaitingDeposit")} value={r.awaitingDeposit.count} hint={t("expired", { count: r.expiredDeposits.count })} />
        <StatCard label={t("cancelledByShop")} value={r.cancelled.count} hint={t("refunded", { amount: formatYuan(r.cancelled.amount) })} />
      </div>
      <Card className="p-5">
        <h3 className="mb-3 font-semibold text-slate-800">{t("latest")}</h3>
        <Table label={t("latest")} head={[t("created"), t("units"), t("deposit"), t("state"), ""]} empty={t("none")}>
          {view.items.map((p) => (
            <tr key={p.id} data-testid="presale-row">
              <Td className="tabular-nums">{p.createdAt.slice(0, 16).replace("T", " ")} UTC</Td>
              <Td className="tabular-nums">{p.quantity}</Td>
              <Td className="tabular-nums">{formatYuan(p.deposit)} → {formatYuan(p.depositValue)}</Td>
              <Td>{ts(`status.${p.state}`)}</Td>
              <Td>
                {(p.status === "DEPOSIT_PENDING" || p.status === "DEPOSIT_PAID") && p.state !== "EXPIRED" && (
                  <form action={cancelPresaleAction} className="flex items-center gap-2">
                    <input type="hidden" name="presaleId" value={p.id} />
                    <input type="hidden" name="back" value={back} />
                    <label className="sr-only" htmlFor={`reason-${p.id}`}>{t("reason")}</label>
                    <input id={`reason-${p.id}`} name="reason" required minLength={2} maxLength={500} placeholder={t("reason")} className="w-32 rounded-lg border border-slate-300 px-2 py-1 text-sm" />
                    <button className="rounded-lg bg-rose-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-rose-700">{t("cancel")}</button>
                  </form>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      </Card>
    </section>
  );
}
