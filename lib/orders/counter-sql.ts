// The conditional updates that reserve what an order takes from shared counters, one text each,
// run by the one order writer (write-order-plan.ts).
// An update that changes no row means the counter would be overspent.

/** $1 units off SKU $2's stock, if there are that many. */
export const TAKE_SKU_STOCK = `UPDATE "Sku" SET stock = stock - $1 WHERE id = $2 AND stock >= $1`;

/** $1 cents of budget and $2 units of activity stock of promotion $3, within its limits. */
export const TAKE_PROMOTION_SPEND = `UPDATE "Promotion" SET "budgetUsed" = "budgetUsed" + $1, "stockUsed" = "stockUsed" + $2 WHERE id = $3
  AND (limits->>'budget' IS NULL OR "budgetUsed" + $1 <= (limits->>'budget')::int)
  AND (limits->>'totalStock' IS NULL OR "stockUsed" + $2 <= (limits->>'totalStock')::int)`;

/** $1 cents of coupon template $2's budget, if it has a budget left. */
export const TAKE_COUPON_BUDGET = `UPDATE "CouponTemplate" SET "budgetUsed" = "budgetUsed" + $1 WHERE id = $2 AND (budget IS NULL OR "budgetUsed" + $1 <= budget)`;

/** $1 flash-sale units of promotion $2's SKU $3 as pending, if not withdrawn and sold + pending stays within the item's stock. */
export const TAKE_FLASH_UNITS = `UPDATE "PromotionSku" SET pending = pending + $1 WHERE "promotionId" = $2 AND "skuId" = $3 AND "withdrawnAt" IS NULL AND (stock IS NULL OR sold + pending + $1 <= stock)`;

/** Links balance order $1 to presale $2 of shopper $3: the deposit is paid (not forfeited or cancelled) and no other balance order is live. */
export const TAKE_PRESALE_BALANCE = `UPDATE "PresaleDeposit" p SET "balanceOrderId" = $1, "updatedAt" = now() WHERE p.id = $2 AND p."shopperId" = $3 AND p.status = 'DEPOSIT_PAID'
  AND (p."balanceOrderId" IS NULL OR EXISTS (SELECT 1 FROM "Order" b WHERE b.id = p."balanceOrderId" AND b.status = 'CANCELLED'))`;
