-- CreateEnum
CREATE TYPE "DiscountCodeStatus" AS ENUM ('issued', 'redeemed', 'expired', 'revoked');

-- CreateTable
CREATE TABLE "AcademicEmail" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "verifyTokenHash" TEXT,
    "verifyTokenExpires" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AcademicEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiscountCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "status" "DiscountCodeStatus" NOT NULL DEFAULT 'issued',
    "email" TEXT NOT NULL,
    "domain" TEXT NOT NULL,
    "stripePromotionCodeId" TEXT,
    "grantedById" TEXT,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "redeemedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "DiscountCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AcademicEmail_email_key" ON "AcademicEmail"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AcademicEmail_verifyTokenHash_key" ON "AcademicEmail"("verifyTokenHash");

-- CreateIndex
CREATE INDEX "AcademicEmail_userId_idx" ON "AcademicEmail"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DiscountCode_code_key" ON "DiscountCode"("code");

-- CreateIndex
CREATE UNIQUE INDEX "DiscountCode_stripePromotionCodeId_key" ON "DiscountCode"("stripePromotionCodeId");

-- CreateIndex
CREATE INDEX "DiscountCode_userId_idx" ON "DiscountCode"("userId");

-- CreateIndex
CREATE INDEX "DiscountCode_status_issuedAt_idx" ON "DiscountCode"("status", "issuedAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "AcademicEmail" ADD CONSTRAINT "AcademicEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiscountCode" ADD CONSTRAINT "DiscountCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- At most one open (issued) code per reader, even under concurrent requests.
CREATE UNIQUE INDEX "DiscountCode_one_issued_per_user" ON "DiscountCode"("userId") WHERE "status" = 'issued';
