-- The audit log records the changed fields before and after the change. Hand-edited: Prisma's
-- generated SQL dropped "details", but existing rows keep what they recorded as "after".
-- Also the one-time first-admin link (only its hash is stored).

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "after" JSONB,
ADD COLUMN "before" JSONB;

UPDATE "AuditLog" SET "after" = "details" WHERE "details" IS NOT NULL;

ALTER TABLE "AuditLog" DROP COLUMN "details";

-- CreateTable
CREATE TABLE "AdminClaim" (
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdminClaim_pkey" PRIMARY KEY ("tokenHash")
);

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_subject_createdAt_idx" ON "AuditLog"("subject", "createdAt");
