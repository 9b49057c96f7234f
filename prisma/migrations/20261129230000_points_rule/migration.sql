-- CreateTable
CREATE TABLE "PointsRule" (
    "id" TEXT NOT NULL DEFAULT 'platform',
    "centsPerPoint" INTEGER NOT NULL DEFAULT 100,
    "capPerOrder" INTEGER NOT NULL DEFAULT 10000,
    "centsPerGrowth" INTEGER NOT NULL DEFAULT 100,
    "expiryYears" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PointsRule_pkey" PRIMARY KEY ("id")
);

