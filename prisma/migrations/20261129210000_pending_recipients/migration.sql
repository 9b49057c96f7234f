-- The rows still to send, in claim order: each batch of a delivery finds its PENDING rows at once
-- instead of stepping over every row already sent. A partial index: the Prisma schema cannot
-- express it, so it lives here only (schema-to-schema diffs leave it alone).
CREATE INDEX "DeliveryRecipient_pending_idx" ON "DeliveryRecipient" ("deliveryId", "shopperId", channel) WHERE status = 'PENDING';
