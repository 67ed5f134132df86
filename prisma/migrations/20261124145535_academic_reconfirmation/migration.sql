-- AlterTable
ALTER TABLE "DiscountCode" ADD COLUMN     "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "discountRemovedAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmRequestedAt" TIMESTAMP(3),
ADD COLUMN     "reconfirmTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "DiscountCode_reconfirmTokenHash_key" ON "DiscountCode"("reconfirmTokenHash");

