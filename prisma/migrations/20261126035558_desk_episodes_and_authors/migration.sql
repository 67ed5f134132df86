-- CreateEnum
CREATE TYPE "EpisodeType" AS ENUM ('full', 'trailer', 'bonus');

-- AlterTable
ALTER TABLE "Author" ADD COLUMN     "photoUrl" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "PodcastEpisode" ADD COLUMN     "audioType" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "episodeType" "EpisodeType" NOT NULL DEFAULT 'full',
ADD COLUMN     "explicit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "season" INTEGER,
ALTER COLUMN "audioUrl" SET DEFAULT '',
ALTER COLUMN "durationSeconds" SET DEFAULT 0;

-- AlterTable
ALTER TABLE "Transcript" ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;


-- Audio stored before this migration is the demo's generated WAV, and feeds need its type.
UPDATE "PodcastEpisode" SET "audioType" = CASE
  WHEN "audioUrl" LIKE '%.wav' THEN 'audio/wav'
  WHEN "audioUrl" LIKE '%.mp3' THEN 'audio/mpeg'
  WHEN "audioUrl" LIKE '%.m4a' THEN 'audio/mp4'
  ELSE '' END;
