import { db } from "@/lib/db/client";

type Bucket = { count: number; units: number; amount: number };
export type PresaleReport = {
  /** deposit orders placed and not yet paid (waiting, or timed out) */
  awaitingDeposit: Bucket;
  expiredDeposits: Bucket;
  /** deposits paid (amount: the deposits), whatever happened next */
  depositsPaid: Bucket;
  /** paid deposits whose balance window is not over */
  awaitingBalance: Bucket;
  /** balances paid (amount: the balance orders' totals) */
  balancesPaid: Bucket;
  /** deposits kept because the balance was not paid (amount: the deposits kept) */
  forfeited: Bucket;
  /** cancelled by the shop (amount: deposits refunded) */
  cancelled: Bucket;
  /** balances paid ÷ deposits paid and not cancelled by the shop, in basis points (10000 = 100 %) */
  conversionBp: number | null;
};

const zero = (): Bucket => ({ count: 0, units: 0, amount: 0 });

/** 预售 report of one promotion: deposits, balances paid, forfeits and the deposit-to-balance conversion (one query). */
export async function presaleReport(promotionId: string): Promise<PresaleReport> {
  const rows = await db.$queryRaw<{ status: string; depositPaid: boolean; depositStatus: string; n: number; units: number; deposits: number; balances: number }[]>`
    SELECT p.status::text AS status, d."paidAt" IS NOT NULL AS "depositPaid", d.status::text AS "depositStatus", count(*)::int AS n, sum(p.quantity)::int AS units,
           sum(p.deposit * p.quantity)::int AS deposits, coalesce(sum(b.total) FILTER (WHERE b."paidAt" IS NOT NULL), 0)::int AS balances
    FROM "PresaleDeposit" p JOIN "Order" d ON d.id = p."depositOrderId" LEFT JOIN "Order" b ON b.id = p."balanceOrderId"
    WHERE p."promotionId" = ${promotionId} GROUP BY 1, 2, 3`;
  const r: PresaleReport = { awaitingDeposit: zero(), expiredDeposits: zero(), depositsPaid: zero(), awaitingBalance: zero(), balancesPaid: zero(), forfeited: zero(), cancelled: zero(), conversionBp: null };
  const add = (b: Bucket, row: (typeof rows)[number], amount: number) => {
    b.count += row.n;
    b.units += row.units;
    b.amount += amount;
  };
  let cancelledPaid = 0;
  for (const row of rows) {
    if (row.depositPaid) add(r.depositsPaid, row, row.deposits);
    if (row.status === "DEPOSIT_PENDING") add(row.depositStatus === "PENDING_PAYMENT" ? r.awaitingDeposit : r.expiredDeposits, row, row.deposits);
    if (row.status === "DEPOSIT_PAID") add(r.awaitingBalance, row, row.deposits);
    if (row.status === "BALANCE_PAID") add(r.balancesPaid, row, row.balances);
    if (row.status === "FORFEITED") add(r.forfeited, row, row.deposits);
    if (row.status === "CANCELLED") {
      add(r.cancelled, row, row.depositPaid ? row.deposits : 0);
      if (row.depositPaid) cancelledPaid += row.n;
    }
  }
  const base = r.depositsPaid.count - cancelledPaid;
  r.conversionBp = base > 0 ? Math.round((r.balancesPaid.count * 10000) / base) : null;
  return r;
}
