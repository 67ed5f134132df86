-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "discountCode" TEXT,
ADD COLUMN     "discountEndsAt" TIMESTAMP(3),
ADD COLUMN     "discountPercentOff" DOUBLE PRECISION,
ADD COLUMN     "stripeSyncedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

