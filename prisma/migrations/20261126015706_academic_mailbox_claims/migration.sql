-- AlterTable
ALTER TABLE "DiscountCode" ADD COLUMN     "appliesToSubscription" TEXT,
ADD COLUMN     "releasedAt" TIMESTAMP(3);


-- One academic mailbox backs at most one account's discount at a time. A code holds its mailbox
-- (`email`, normalised) until it is released: when it expires unused, when its discount is taken
-- off, or when its subscription ends. Revoked codes keep holding it.

-- Codes that no longer back anything release their mailbox now.
UPDATE "DiscountCode" SET "releasedAt" = COALESCE("discountRemovedAt", CURRENT_TIMESTAMP)
WHERE "status" = 'expired' OR "discountRemovedAt" IS NOT NULL;

-- Codes issued before this rule may share a mailbox: the earliest keeps it.
UPDATE "DiscountCode" d SET "releasedAt" = CURRENT_TIMESTAMP
WHERE d."releasedAt" IS NULL AND EXISTS (
  SELECT 1 FROM "DiscountCode" e
  WHERE e."email" = d."email" AND e."releasedAt" IS NULL AND (e."issuedAt", e."id") < (d."issuedAt", d."id")
);

CREATE UNIQUE INDEX "DiscountCode_one_holder_per_mailbox" ON "DiscountCode"("email") WHERE "releasedAt" IS NULL;
