-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('BUDGET_BURN', 'STOCK_LOW', 'ROI_BELOW', 'CLAIM_RATE', 'ATTEMPT_RATE', 'COUNTER_DRIFT');

-- CreateEnum
CREATE TYPE "AlertStatus" AS ENUM ('OPEN', 'ACKNOWLEDGED', 'RESOLVED');

-- CreateTable
CREATE TABLE "AlertRule" (
    "id" TEXT NOT NULL,
    "shopId" TEXT,
    "kind" "AlertKind" NOT NULL,
    "promotionId" TEXT,
    "campaignId" TEXT,
    "threshold" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Alert" (
    "id" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "shopId" TEXT,
    "kind" "AlertKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectName" TEXT NOT NULL DEFAULT '',
    "status" "AlertStatus" NOT NULL DEFAULT 'OPEN',
    "value" INTEGER NOT NULL,
    "threshold" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedBy" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolvedBy" TEXT,
    "note" TEXT,

    CONSTRAINT "Alert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AlertRule_active_idx" ON "AlertRule"("active");

-- CreateIndex
CREATE INDEX "AlertRule_shopId_idx" ON "AlertRule"("shopId");

-- CreateIndex
CREATE INDEX "Alert_status_raisedAt_idx" ON "Alert"("status", "raisedAt");

-- CreateIndex
CREATE INDEX "Alert_shopId_raisedAt_idx" ON "Alert"("shopId", "raisedAt");

-- AddForeignKey
ALTER TABLE "Alert" ADD CONSTRAINT "Alert_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "AlertRule"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- one alert per rule and subject until it is resolved (the evaluator's dedupe)
CREATE UNIQUE INDEX "Alert_one_live_per_condition" ON "Alert" ("ruleId", "subject") WHERE status <> 'RESOLVED';
