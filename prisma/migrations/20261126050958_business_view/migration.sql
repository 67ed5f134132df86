-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "sourceArticleId" TEXT;

-- CreateTable
CREATE TABLE "PaywallFunnelDay" (
    "articleId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "impressions" INTEGER NOT NULL DEFAULT 0,
    "pricingClicks" INTEGER NOT NULL DEFAULT 0,
    "checkoutStarts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PaywallFunnelDay_pkey" PRIMARY KEY ("articleId","day")
);

-- CreateTable
CREATE TABLE "ReconciliationRun" (
    "id" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "checked" INTEGER NOT NULL DEFAULT 0,
    "differences" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ReconciliationRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PaywallFunnelDay_day_idx" ON "PaywallFunnelDay"("day");

-- CreateIndex
CREATE INDEX "ReconciliationRun_startedAt_idx" ON "ReconciliationRun"("startedAt");

