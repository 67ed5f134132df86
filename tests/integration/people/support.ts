import crypto from "node:crypto";
import type { Role } from "@prisma/client";
import { db } from "@/lib/db";

/** A person with a role; addresses are unique per call. */
export async function newPerson(role: Role = "READER", prefix = "person") {
  return db.user.create({ data: { email: `${prefix}-${crypto.randomUUID().slice(0, 8)}@example.org`, role } });
}

/** Other test files leave admins behind: these tests count admins, so they start with none. */
export async function withoutAdmins(): Promise<void> {
  await db.user.updateMany({ where: { role: "ADMIN" }, data: { role: "READER" } });
  await db.adminClaim.deleteMany();
}
