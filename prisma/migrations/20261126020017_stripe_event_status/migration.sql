-- CreateEnum
CREATE TYPE "StripeEventStatus" AS ENUM ('processed', 'ignored', 'unactionable');

-- AlterTable
ALTER TABLE "StripeEvent" ADD COLUMN     "reason" TEXT,
ADD COLUMN     "status" "StripeEventStatus" NOT NULL DEFAULT 'processed';

