-- CreateEnum
CREATE TYPE "RiskAction" AS ENUM ('CLAIM', 'REDEEM', 'ORDER', 'FLASH');

-- CreateEnum
CREATE TYPE "RiskVerdict" AS ENUM ('ALLOW', 'REVIEW', 'REFUSE');

-- CreateTable
CREATE TABLE "RiskSettings" (
    "id" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "perShopperPerMinute" INTEGER NOT NULL DEFAULT 10,
    "perIpPerMinute" INTEGER NOT NULL DEFAULT 60,
    "accountsPerIpPerHour" INTEGER NOT NULL DEFAULT 10,
    "highValueCents" INTEGER NOT NULL DEFAULT 5000,
    "refundAbuseCount" INTEGER NOT NULL DEFAULT 3,
    "reviewScore" INTEGER NOT NULL DEFAULT 50,
    "refuseScore" INTEGER NOT NULL DEFAULT 80,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,

    CONSTRAINT "RiskSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskBlacklist" (
    "id" TEXT NOT NULL,
    "shopId" TEXT,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskBlacklist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskDecision" (
    "id" TEXT NOT NULL,
    "shopId" TEXT,
    "action" "RiskAction" NOT NULL,
    "shopperId" TEXT,
    "ip" TEXT,
    "deviceId" TEXT,
    "score" INTEGER NOT NULL,
    "reasons" TEXT[],
    "verdict" "RiskVerdict" NOT NULL,
    "valueCents" INTEGER NOT NULL DEFAULT 0,
    "subject" TEXT,
    "reviewStatus" TEXT,
    "reviewedBy" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiskBlacklist_kind_value_idx" ON "RiskBlacklist"("kind", "value");

-- CreateIndex
CREATE UNIQUE INDEX "RiskBlacklist_shopId_kind_value_key" ON "RiskBlacklist"("shopId", "kind", "value");

-- CreateIndex
CREATE INDEX "RiskDecision_shopId_createdAt_idx" ON "RiskDecision"("shopId", "createdAt");

-- CreateIndex
CREATE INDEX "RiskDecision_verdict_reviewStatus_idx" ON "RiskDecision"("verdict", "reviewStatus");

-- CreateIndex
CREATE INDEX "RiskDecision_createdAt_idx" ON "RiskDecision"("createdAt");

