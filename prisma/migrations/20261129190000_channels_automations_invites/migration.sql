-- AlterTable
ALTER TABLE "Platform" ADD COLUMN     "deliveryApprovalAbove" INTEGER NOT NULL DEFAULT 5000;

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "deliveryApprovalAbove" INTEGER NOT NULL DEFAULT 5000;

-- AlterTable
ALTER TABLE "Shopper" ADD COLUMN     "inviteCode" TEXT,
ADD COLUMN     "phone" TEXT;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "approval" TEXT NOT NULL DEFAULT 'NONE',
ADD COLUMN     "audienceSize" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "automationId" TEXT,
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "decidedBy" TEXT,
ADD COLUMN     "decisionNote" TEXT,
ADD COLUMN     "html" TEXT,
ALTER COLUMN "segmentId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "DeliveryRecipient" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "clickedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Unsubscribe" (
    "shopperId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unsubscribe_pkey" PRIMARY KEY ("shopperId","channel")
);

-- CreateTable
CREATE TABLE "ProviderSend" (
    "id" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "shopId" TEXT,
    "deliveryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderSend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cart" (
    "shopperId" TEXT NOT NULL,
    "lines" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("shopperId")
);

-- CreateTable
CREATE TABLE "Automation" (
    "id" TEXT NOT NULL,
    "shopId" TEXT,
    "name" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "wait" INTEGER NOT NULL,
    "segmentId" TEXT,
    "channels" TEXT[],
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "html" TEXT,
    "link" TEXT,
    "couponTemplateId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),

    CONSTRAINT "Automation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutomationFiring" (
    "automationId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "firedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AutomationFiring_pkey" PRIMARY KEY ("automationId","shopperId","occurrence")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "inviteeId" TEXT NOT NULL,
    "inviterId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "orderId" TEXT,
    "releaseAt" TIMESTAMP(3),
    "rewardedAt" TIMESTAMP(3),
    "couponId" TEXT,
    "points" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("inviteeId")
);

-- CreateTable
CREATE TABLE "InviteProgram" (
    "id" TEXT NOT NULL DEFAULT 'platform',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "couponTemplateId" TEXT,
    "points" INTEGER NOT NULL DEFAULT 0,
    "capPerInviter" INTEGER NOT NULL DEFAULT 20,
    "holdDays" INTEGER NOT NULL DEFAULT 7,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InviteProgram_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProviderSend_shopId_createdAt_idx" ON "ProviderSend"("shopId", "createdAt");

-- CreateIndex
CREATE INDEX "ProviderSend_deliveryId_idx" ON "ProviderSend"("deliveryId");

-- CreateIndex
CREATE INDEX "Cart_updatedAt_idx" ON "Cart"("updatedAt");

-- CreateIndex
CREATE INDEX "Automation_shopId_createdAt_idx" ON "Automation"("shopId", "createdAt");

-- CreateIndex
CREATE INDEX "AutomationFiring_deliveryId_idx" ON "AutomationFiring"("deliveryId");

-- CreateIndex
CREATE INDEX "Invitation_inviterId_createdAt_idx" ON "Invitation"("inviterId", "createdAt");

-- CreateIndex
CREATE INDEX "Invitation_status_releaseAt_idx" ON "Invitation"("status", "releaseAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shopper_inviteCode_key" ON "Shopper"("inviteCode");

-- CreateIndex
CREATE INDEX "Delivery_automationId_idx" ON "Delivery"("automationId");

-- AddForeignKey
ALTER TABLE "AutomationFiring" ADD CONSTRAINT "AutomationFiring_automationId_fkey" FOREIGN KEY ("automationId") REFERENCES "Automation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

