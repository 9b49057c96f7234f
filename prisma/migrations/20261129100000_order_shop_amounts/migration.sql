-- What each shop's part of an order is worth: its goods payable plus its shipping net of
-- waivers (gross), what was refunded of them, and its units (gifts aside). Reports of a shop
-- count only these (SPEC §12: a shop's report never counts other shops' lines of a mixed order).
CREATE VIEW "OrderShopAmount" AS
SELECT l."orderId",
       l."shopId",
       (sum(l.payable) + coalesce(max(s."shippingFee" - s."shippingDiscount"), 0))::bigint AS gross,
       (sum(l."refundedAmount") + coalesce(max(s."refundedShipping"), 0))::bigint AS refunded,
       (coalesce(sum(l.quantity) FILTER (WHERE NOT l.gift), 0))::bigint AS units
  FROM "OrderLine" l
  LEFT JOIN "OrderShop" s ON s."orderId" = l."orderId" AND s."shopId" = l."shopId"
 GROUP BY l."orderId", l."shopId";
