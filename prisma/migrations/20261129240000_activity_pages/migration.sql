-- CreateTable
CREATE TABLE "ActivityPage" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "shopId" TEXT,
    "draft" JSONB NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActivityPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityPageVersion" (
    "pageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "blocks" JSONB NOT NULL,
    "liveFrom" TIMESTAMP(3) NOT NULL,
    "restoredFrom" INTEGER,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityPageVersion_pkey" PRIMARY KEY ("pageId","version")
);

-- CreateTable
CREATE TABLE "ActivityPageView" (
    "pageId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ActivityPageView_pkey" PRIMARY KEY ("pageId","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActivityPage_slug_key" ON "ActivityPage"("slug");

-- CreateIndex
CREATE INDEX "ActivityPageVersion_pageId_liveFrom_idx" ON "ActivityPageVersion"("pageId", "liveFrom");

-- AddForeignKey
ALTER TABLE "ActivityPageVersion" ADD CONSTRAINT "ActivityPageVersion_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "ActivityPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

