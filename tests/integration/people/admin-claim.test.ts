import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueAdminClaim, redeemAdminClaim } from "@/lib/people/admin-claim";
import { ADMIN_CLAIM_LIFETIME_MS, hashAdminClaimToken } from "@/lib/people/admin-claim-token";
import { newPerson, withoutAdmins } from "./support";

beforeEach(withoutAdmins);
afterAll(async () => {
  await db.adminClaim.deleteMany();
  await db.$disconnect();
});

const roleOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).role;

describe("the first-admin link", () => {
  it("makes the signed-in person who opens it admin, logs it, and stores only the token's hash", async () => {
    const token = (await issueAdminClaim())!;
    expect(token).toBeTruthy();
    expect(await db.adminClaim.findMany()).toEqual([expect.objectContaining({ tokenHash: hashAdminClaimToken(token) })]);
    const person = await newPerson();
    expect(await redeemAdminClaim(person.id, token)).toBe("claimed");
    expect(await roleOf(person.id)).toBe("ADMIN");
    expect(await db.auditLog.findFirst({ where: { action: "user.admin-claim", subject: person.email } })).toMatchObject({
      actorId: person.id,
      before: { role: "READER" },
      after: { role: "ADMIN" },
    });
  });

  it("works once", async () => {
    const token = (await issueAdminClaim())!;
    const [first, second] = [await newPerson(), await newPerson()];
    expect(await redeemAdminClaim(first.id, token)).toBe("claimed");
    expect(await redeemAdminClaim(second.id, token)).toBe("invalid");
    expect(await roleOf(second.id)).toBe("READER");
  });

  it("opened by two people at the same moment makes exactly one admin", async () => {
    for (let round = 0; round < 5; round++) {
      await withoutAdmins();
      const token = (await issueAdminClaim())!;
      const people = await Promise.all(Array.from({ length: 4 }, () => newPerson()));
      const outcomes = await Promise.all(people.map((p) => redeemAdminClaim(p.id, token)));
      expect(outcomes.filter((o) => o === "claimed")).toHaveLength(1);
      expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    }
  });

  it("expires after its lifetime", async () => {
    const issuedAt = new Date();
    const token = (await issueAdminClaim(issuedAt))!;
    const person = await newPerson();
    expect(await redeemAdminClaim(person.id, token, new Date(issuedAt.getTime() + ADMIN_CLAIM_LIFETIME_MS + 1))).toBe("invalid");
    expect(await roleOf(person.id)).toBe("READER");
    expect(await redeemAdminClaim(person.id, token, new Date(issuedAt.getTime() + ADMIN_CLAIM_LIFETIME_MS - 1000))).toBe("claimed");
  });

  it("is replaced at each start while there is no admin: only the newest link works", async () => {
    const old = (await issueAdminClaim())!;
    const fresh = (await issueAdminClaim())!;
    const person = await newPerson();
    expect(await redeemAdminClaim(person.id, old)).toBe("invalid");
    expect(await redeemAdminClaim(person.id, fresh)).toBe("claimed");
  });

  it("is dead once anyone is admin, however they became one", async () => {
    const token = (await issueAdminClaim())!;
    await newPerson("ADMIN"); // ADMIN_EMAILS or `npm run user:promote`
    const person = await newPerson();
    expect(await redeemAdminClaim(person.id, token)).toBe("admin-exists");
    expect(await roleOf(person.id)).toBe("READER");
    expect(await issueAdminClaim()).toBeNull();
    expect(await db.adminClaim.count()).toBe(0);
  });

  it("refuses a token it never issued", async () => {
    await issueAdminClaim();
    const person = await newPerson();
    expect(await redeemAdminClaim(person.id, "A".repeat(43))).toBe("invalid");
    expect(await roleOf(person.id)).toBe("READER");
  });
});
