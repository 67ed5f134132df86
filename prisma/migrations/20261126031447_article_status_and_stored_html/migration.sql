-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED');

-- DropIndex
DROP INDEX "Article_publishedAt_idx";

-- DropIndex
DROP INDEX "Article_sectionId_publishedAt_idx";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "bodyHtml" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "scheduledFor" TIMESTAMP(3),
ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "teaserHtml" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Article_status_publishedAt_idx" ON "Article"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_sectionId_status_publishedAt_idx" ON "Article"("sectionId", "status", "publishedAt");


-- Articles that were live before statuses existed are published (or scheduled, when their
-- publication time is still to come). Their stored HTML is rendered at the next start
-- (prisma/seed/render-stored-html.ts), because SQL cannot render Markdown.
UPDATE "Article" SET "status" = 'PUBLISHED' WHERE "publishedAt" IS NOT NULL AND "publishedAt" <= CURRENT_TIMESTAMP;
UPDATE "Article" SET "status" = 'SCHEDULED', "scheduledFor" = "publishedAt" WHERE "publishedAt" IS NOT NULL AND "publishedAt" > CURRENT_TIMESTAMP;
