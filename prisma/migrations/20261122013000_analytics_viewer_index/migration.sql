-- The report's distinct viewers of a promotion read this index only.
CREATE INDEX "AnalyticsEvent_promotionId_type_shopperId_idx" ON "AnalyticsEvent"("promotionId", "type", "shopperId");
