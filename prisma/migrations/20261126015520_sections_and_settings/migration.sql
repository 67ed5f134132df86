-- Sections replace the Region enum, and the publication's identity moves into the database.
-- Hand-edited: Prisma's generated SQL dropped every article's region. Here the six regions
-- become sections and each existing article keeps its region as its section. A database with
-- no articles yet gets no sections: they come from the demo seed or from the editors.

-- CreateTable
CREATE TABLE "Section" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Section_slug_key" ON "Section"("slug");

-- Map the enum's values to sections, in the order readers saw them.
INSERT INTO "Section" ("id", "slug", "label", "position", "updatedAt")
SELECT 'section-' || r.slug, r.slug, r.label, r.position, CURRENT_TIMESTAMP
FROM (VALUES
    ('africa', 'Africa', 1),
    ('southeast-asia', 'Southeast Asia', 2),
    ('latin-america', 'Latin America', 3),
    ('middle-east', 'Middle East', 4),
    ('central-asia', 'Central Asia', 5),
    ('south-asia', 'South Asia', 6)
) AS r ("slug", "label", "position")
WHERE EXISTS (SELECT 1 FROM "Article");

-- AlterTable: fill the new column from the old one before requiring it.
ALTER TABLE "Article" ADD COLUMN "sectionId" TEXT;
UPDATE "Article" SET "sectionId" = 'section-' || replace(lower("region"::TEXT), '_', '-');
ALTER TABLE "Article" ALTER COLUMN "sectionId" SET NOT NULL;

-- DropIndex
DROP INDEX "Article_region_publishedAt_idx";

-- AlterTable
ALTER TABLE "Article" DROP COLUMN "region";

-- DropEnum
DROP TYPE "Region";

-- CreateIndex
CREATE INDEX "Article_sectionId_publishedAt_idx" ON "Article"("sectionId", "publishedAt");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateTable: one row at most (id 1), created at the first start.
CREATE TABLE "PublicationSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name" TEXT NOT NULL,
    "tagline" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL DEFAULT 'America/New_York',
    "language" TEXT NOT NULL DEFAULT 'en',
    "logoUrl" TEXT,
    "socialLinks" JSONB NOT NULL DEFAULT '[]',
    "demoSeededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicationSettings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PublicationSettings_single_row" CHECK ("id" = 1)
);
