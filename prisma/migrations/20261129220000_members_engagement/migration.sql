-- CreateTable
CREATE TABLE "MemberLevel" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "growthMin" INTEGER NOT NULL,
    "packTemplateIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "freeShipping" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberLevel_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "MemberPackGrant" (
    "shopperId" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "couponIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MemberPackGrant_pkey" PRIMARY KEY ("shopperId","month")
);

-- CreateTable
CREATE TABLE "CheckInConfig" (
    "id" TEXT NOT NULL DEFAULT 'platform',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "rewards" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckInConfig_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "shopperId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "streak" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "couponId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("shopperId","day")
);

-- CreateTable
CREATE TABLE "TaskClaim" (
    "shopperId" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskClaim_pkey" PRIMARY KEY ("shopperId","task","period")
);

-- CreateTable
CREATE TABLE "TaskEvent" (
    "shopperId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskEvent_pkey" PRIMARY KEY ("shopperId","kind","subject","day")
);

-- CreateTable
CREATE TABLE "PointsProduct" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "kind" TEXT NOT NULL,
    "couponTemplateId" TEXT,
    "skuId" TEXT,
    "pointsCost" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL,
    "exchanged" INTEGER NOT NULL DEFAULT 0,
    "perUserLimit" INTEGER NOT NULL DEFAULT 1,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PointsExchange" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "couponId" TEXT,
    "status" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PointsExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lottery" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "costPoints" INTEGER NOT NULL,
    "freePerDay" INTEGER NOT NULL DEFAULT 0,
    "budget" INTEGER NOT NULL,
    "spent" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Lottery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LotteryPrize" (
    "id" TEXT NOT NULL,
    "lotteryId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "stock" INTEGER,
    "won" INTEGER NOT NULL DEFAULT 0,
    "couponTemplateId" TEXT,
    "points" INTEGER NOT NULL DEFAULT 0,
    "value" INTEGER NOT NULL DEFAULT 0,
    "sort" INTEGER NOT NULL,

    CONSTRAINT "LotteryPrize_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LotteryDraw" (
    "id" TEXT NOT NULL,
    "lotteryId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "prizeId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "free" BOOLEAN NOT NULL,
    "pointsSpent" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "couponId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LotteryDraw_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskEvent_shopperId_kind_day_idx" ON "TaskEvent"("shopperId", "kind", "day");

-- CreateIndex
CREATE INDEX "PointsExchange_productId_shopperId_idx" ON "PointsExchange"("productId", "shopperId");

-- CreateIndex
CREATE UNIQUE INDEX "PointsExchange_shopperId_idempotencyKey_key" ON "PointsExchange"("shopperId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "LotteryDraw_lotteryId_shopperId_day_idx" ON "LotteryDraw"("lotteryId", "shopperId", "day");

-- CreateIndex
CREATE INDEX "LotteryDraw_lotteryId_createdAt_idx" ON "LotteryDraw"("lotteryId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "LotteryDraw_shopperId_idempotencyKey_key" ON "LotteryDraw"("shopperId", "idempotencyKey");

-- AddForeignKey
ALTER TABLE "LotteryPrize" ADD CONSTRAINT "LotteryPrize_lotteryId_fkey" FOREIGN KEY ("lotteryId") REFERENCES "Lottery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

