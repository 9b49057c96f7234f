-- CreateEnum
CREATE TYPE "PresaleStatus" AS ENUM ('DEPOSIT_PENDING', 'DEPOSIT_PAID', 'BALANCE_PAID', 'FORFEITED', 'CANCELLED');

-- AlterEnum
ALTER TYPE "PromotionType" ADD VALUE 'PRESALE';

-- CreateTable
CREATE TABLE "PresaleDeposit" (
    "id" TEXT NOT NULL,
    "promotionId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "skuId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "deposit" INTEGER NOT NULL,
    "depositValue" INTEGER NOT NULL,
    "depositOrderId" TEXT NOT NULL,
    "balanceOrderId" TEXT,
    "status" "PresaleStatus" NOT NULL DEFAULT 'DEPOSIT_PENDING',
    "balanceStartsAt" TIMESTAMP(3) NOT NULL,
    "balanceEndsAt" TIMESTAMP(3) NOT NULL,
    "remindedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PresaleDeposit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PresaleDeposit_depositOrderId_key" ON "PresaleDeposit"("depositOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "PresaleDeposit_balanceOrderId_key" ON "PresaleDeposit"("balanceOrderId");

-- CreateIndex
CREATE INDEX "PresaleDeposit_promotionId_status_idx" ON "PresaleDeposit"("promotionId", "status");

-- CreateIndex
CREATE INDEX "PresaleDeposit_status_balanceStartsAt_idx" ON "PresaleDeposit"("status", "balanceStartsAt");

-- CreateIndex
CREATE INDEX "PresaleDeposit_status_balanceEndsAt_idx" ON "PresaleDeposit"("status", "balanceEndsAt");

-- CreateIndex
CREATE INDEX "PresaleDeposit_shopperId_createdAt_idx" ON "PresaleDeposit"("shopperId", "createdAt");

