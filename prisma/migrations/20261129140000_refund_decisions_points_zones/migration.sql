-- CreateEnum
CREATE TYPE "PointsReason" AS ENUM ('OPENING', 'ORDER', 'REFUND', 'CHECK_IN', 'TASK', 'EXCHANGE', 'LOTTERY', 'EXPIRY', 'ADJUSTMENT');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "RefundType" AS ENUM ('REFUND_ONLY', 'RETURN_AND_REFUND');

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "refundAutoApproveBelow" INTEGER NOT NULL DEFAULT 10000,
ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai';

-- AlterTable
ALTER TABLE "Promotion" ADD COLUMN     "overlapAck" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedBy" TEXT,
ADD COLUMN     "decisionReason" TEXT,
ADD COLUMN     "deductions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "giftsReturned" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "growthReversed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pointsReversed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "shopId" TEXT,
ADD COLUMN     "status" "RefundStatus" NOT NULL DEFAULT 'APPROVED',
ADD COLUMN     "type" "RefundType" NOT NULL DEFAULT 'REFUND_ONLY';

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateTable
CREATE TABLE "PointsEntry" (
    "id" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" "PointsReason" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "shopId" TEXT,
    "note" TEXT,
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GrowthEntry" (
    "id" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" "PointsReason" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GrowthEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PointsEntry_shopperId_createdAt_idx" ON "PointsEntry"("shopperId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PointsEntry_shopperId_reason_sourceId_key" ON "PointsEntry"("shopperId", "reason", "sourceId");

-- CreateIndex
CREATE INDEX "GrowthEntry_shopperId_createdAt_idx" ON "GrowthEntry"("shopperId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "GrowthEntry_shopperId_reason_sourceId_key" ON "GrowthEntry"("shopperId", "reason", "sourceId");

-- CreateIndex
CREATE INDEX "Refund_status_shopId_createdAt_idx" ON "Refund"("status", "shopId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Job_createdBy_idempotencyKey_key" ON "Job"("createdBy", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "PointsEntry" ADD CONSTRAINT "PointsEntry_shopperId_fkey" FOREIGN KEY ("shopperId") REFERENCES "Shopper"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GrowthEntry" ADD CONSTRAINT "GrowthEntry_shopperId_fkey" FOREIGN KEY ("shopperId") REFERENCES "Shopper"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The balances held so far become the ledger's opening rows, so balance = sum of entries from now on.
INSERT INTO "PointsEntry" ("id", "shopperId", "amount", "reason", "sourceId")
  SELECT 'opening-' || "id", "id", "points", 'OPENING', 'opening' FROM "Shopper" WHERE "points" <> 0;
INSERT INTO "GrowthEntry" ("id", "shopperId", "amount", "reason", "sourceId")
  SELECT 'opening-' || "id", "id", "growth", 'OPENING', 'opening' FROM "Shopper" WHERE "growth" <> 0;

-- Deductions of fair partial refunds, attributed to the refunded lines (money paid back per line is
-- refundedAmount - refundDeducted), and shop amounts count the money.
ALTER TABLE "OrderLine" ADD COLUMN "refundDeducted" INTEGER NOT NULL DEFAULT 0;

CREATE OR REPLACE VIEW "OrderShopAmount" AS
SELECT l."orderId",
       l."shopId",
       (sum(l.payable) + coalesce(max(s."shippingFee" - s."shippingDiscount"), 0))::bigint AS gross,
       (sum(l."refundedAmount" - l."refundDeducted") + coalesce(max(s."refundedShipping"), 0))::bigint AS refunded,
       (coalesce(sum(l.quantity) FILTER (WHERE NOT l.gift), 0))::bigint AS units
  FROM "OrderLine" l
  LEFT JOIN "OrderShop" s ON s."orderId" = l."orderId" AND s."shopId" = l."shopId"
 GROUP BY l."orderId", l."shopId";

-- Job result files live in the database (any instance serves the download)
CREATE TABLE "JobChunk" (
    "jobId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "JobChunk_pkey" PRIMARY KEY ("jobId","seq")
);
