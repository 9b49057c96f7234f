-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "shopId" TEXT,
    "name" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "channels" TEXT[],
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "couponTemplateId" TEXT,
    "sendAt" TIMESTAMP(3) NOT NULL,
    "jobId" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryRecipient" (
    "deliveryId" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT,
    "messageId" TEXT,
    "couponId" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliveryRecipient_pkey" PRIMARY KEY ("deliveryId","shopperId","channel")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "shopperId" TEXT NOT NULL,
    "shopId" TEXT,
    "deliveryId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "clickedAt" TIMESTAMP(3),

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_jobId_key" ON "Delivery"("jobId");

-- CreateIndex
CREATE INDEX "Delivery_shopId_createdAt_idx" ON "Delivery"("shopId", "createdAt");

-- CreateIndex
CREATE INDEX "DeliveryRecipient_shopperId_channel_sentAt_idx" ON "DeliveryRecipient"("shopperId", "channel", "sentAt");

-- CreateIndex
CREATE INDEX "Message_shopperId_createdAt_idx" ON "Message"("shopperId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_deliveryId_idx" ON "Message"("deliveryId");

-- AddForeignKey
ALTER TABLE "DeliveryRecipient" ADD CONSTRAINT "DeliveryRecipient_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE CASCADE ON UPDATE CASCADE;

