-- CreateEnum
CREATE TYPE "BriefStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'SENDING', 'SENT');

-- CreateEnum
CREATE TYPE "BriefDeliveryStatus" AS ENUM ('queued', 'sending', 'sent', 'failed', 'canceled');

-- CreateEnum
CREATE TYPE "BriefEdition" AS ENUM ('full', 'free');

-- CreateEnum
CREATE TYPE "BriefTiming" AS ENUM ('PUBLICATION', 'LOCAL');

-- CreateTable
CREATE TABLE "Pick" (
    "id" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "articleId" TEXT,
    "url" TEXT,
    "sourceName" TEXT,
    "language" TEXT,
    "sectionId" TEXT,
    "position" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Brief" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "status" "BriefStatus" NOT NULL DEFAULT 'DRAFT',
    "sendAt" TIMESTAMP(3),
    "releasedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "editions" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Brief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefItem" (
    "id" TEXT NOT NULL,
    "briefId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "headline" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "articleId" TEXT,
    "url" TEXT,
    "sourceName" TEXT,
    "language" TEXT,
    "pickId" TEXT,

    CONSTRAINT "BriefItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefDelivery" (
    "id" BIGSERIAL NOT NULL,
    "briefId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "BriefDeliveryStatus" NOT NULL DEFAULT 'queued',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "claimedAt" TIMESTAMP(3),
    "edition" "BriefEdition",
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BriefDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BriefPreference" (
    "userId" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "timing" "BriefTiming" NOT NULL DEFAULT 'PUBLICATION',
    "timeZone" TEXT,
    "nextLocalSendAt" TIMESTAMP(3),
    "unsubscribedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BriefPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "Pick_position_idx" ON "Pick"("position");

-- CreateIndex
CREATE INDEX "Pick_createdAt_idx" ON "Pick"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Brief_date_key" ON "Brief"("date");

-- CreateIndex
CREATE INDEX "Brief_status_sendAt_idx" ON "Brief"("status", "sendAt");

-- CreateIndex
CREATE INDEX "Brief_releasedAt_idx" ON "Brief"("releasedAt");

-- CreateIndex
CREATE INDEX "BriefItem_briefId_position_idx" ON "BriefItem"("briefId", "position");

-- CreateIndex
CREATE INDEX "BriefDelivery_status_dueAt_idx" ON "BriefDelivery"("status", "dueAt");

-- CreateIndex
CREATE INDEX "BriefDelivery_userId_idx" ON "BriefDelivery"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "BriefDelivery_briefId_userId_key" ON "BriefDelivery"("briefId", "userId");

-- CreateIndex
CREATE INDEX "BriefPreference_enabled_timing_idx" ON "BriefPreference"("enabled", "timing");

-- CreateIndex
CREATE INDEX "BriefPreference_timing_nextLocalSendAt_idx" ON "BriefPreference"("timing", "nextLocalSendAt");

-- AddForeignKey
ALTER TABLE "Pick" ADD CONSTRAINT "Pick_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pick" ADD CONSTRAINT "Pick_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefItem" ADD CONSTRAINT "BriefItem_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefItem" ADD CONSTRAINT "BriefItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefDelivery" ADD CONSTRAINT "BriefDelivery_briefId_fkey" FOREIGN KEY ("briefId") REFERENCES "Brief"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefDelivery" ADD CONSTRAINT "BriefDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BriefPreference" ADD CONSTRAINT "BriefPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A pick links to one of our articles or to an outside source with its name and language, never
-- both and never neither (the desk validates this too, the database keeps it true).
ALTER TABLE "Pick" ADD CONSTRAINT "Pick_link_check" CHECK (
  ("articleId" IS NOT NULL AND "url" IS NULL AND "sourceName" IS NULL AND "language" IS NULL)
  OR ("articleId" IS NULL AND "url" IS NOT NULL AND "sourceName" IS NOT NULL AND "language" IS NOT NULL)
);

-- A reader who wants the brief at their own 6 AM has a time zone and a next send time.
ALTER TABLE "BriefPreference" ADD CONSTRAINT "BriefPreference_local_check" CHECK (
  "timing" <> 'LOCAL' OR ("timeZone" IS NOT NULL AND "nextLocalSendAt" IS NOT NULL)
);
