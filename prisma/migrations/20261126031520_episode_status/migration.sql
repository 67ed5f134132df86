-- DropIndex
DROP INDEX "PodcastEpisode_publishedAt_idx";

-- AlterTable
ALTER TABLE "PodcastEpisode" ADD COLUMN     "scheduledFor" TIMESTAMP(3),
ADD COLUMN     "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT';

-- CreateIndex
CREATE INDEX "PodcastEpisode_status_publishedAt_idx" ON "PodcastEpisode"("status", "publishedAt");


-- Episodes that were live before statuses existed are published (or scheduled).
UPDATE "PodcastEpisode" SET "status" = 'PUBLISHED' WHERE "publishedAt" IS NOT NULL AND "publishedAt" <= CURRENT_TIMESTAMP;
UPDATE "PodcastEpisode" SET "status" = 'SCHEDULED', "scheduledFor" = "publishedAt" WHERE "publishedAt" IS NOT NULL AND "publishedAt" > CURRENT_TIMESTAMP;
