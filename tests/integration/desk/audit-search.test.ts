import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditSearchSchema, searchAudit } from "@/lib/audit/audit-search";
import { db } from "@/lib/db";
import { newPerson } from "../people/support";

const zone = "Asia/Kolkata";
let actor: { id: string; email: string };
const subject = `audit-search-${Date.now()}@example.org`;

beforeAll(async () => {
  actor = await newPerson("ADMIN", "searcher");
  await db.auditLog.createMany({
    data: [
      // 25 November 23:00 in Kolkata is 25 November 17:30 UTC; 26 November 00:30 there is 25 November 19:00 UTC.
      {
        actorId: actor.id,
        action: "user.role-change",
        subject,
        createdAt: new Date("2026-11-25T17:30:00Z"),
        before: { role: "READER" },
        after: { role: "EDITOR" },
      },
      {
        actorId: actor.id,
        action: "user.role-change",
        subject,
        createdAt: new Date("2026-11-25T19:00:00Z"),
        before: { role: "EDITOR" },
        after: { role: "ADMIN" },
      },
      {
        actorId: null,
        action: "billing.duplicate-subscription-refunded",
        subject,
        createdAt: new Date("2026-11-26T12:00:00Z"),
        after: { plan: "Yearly" },
      },
    ],
  });
});
afterAll(() => db.$disconnect());

const search = (input: Record<string, string>) => searchAudit(auditSearchSchema.parse({ subject, ...input }), zone);

describe("searching the audit log", () => {
  it("finds by subject, newest first, with who acted and what changed", async () => {
    const { records, total } = await search({});
    expect(total).toBe(3);
    expect(records.map((r) => r.actor)).toEqual(["system", actor.email, actor.email]);
    expect(records[1]!.changes).toEqual([{ field: "role", before: "EDITOR", after: "ADMIN" }]);
  });

  it("by action and by part of the actor's email", async () => {
    expect((await search({ action: "user.role-change" })).total).toBe(2);
    expect((await search({ actor: actor.email.slice(0, 14).toUpperCase() })).total).toBe(2);
    expect((await search({ actor: "nobody-like-this" })).total).toBe(0);
  });

  it("by days in the publication's time zone", async () => {
    expect((await search({ from: "2026-11-25", to: "2026-11-25" })).records.map((r) => r.changes)).toEqual([
      [{ field: "role", before: "READER", after: "EDITOR" }],
    ]);
    expect((await search({ from: "2026-11-26", to: "2026-11-26" })).total).toBe(2);
    expect((await search({ from: "2026-11-26" })).total).toBe(2);
    expect((await search({ to: "2026-11-25" })).total).toBe(1);
  });

  it("refuses malformed searches instead of running them", () => {
    for (const bad of [
      { from: "26/11/2026" },
      { from: "2026-11-27", to: "2026-11-26" },
      { action: "'; DROP TABLE" },
      { from: "2026-13-45" },
    ])
      expect(auditSearchSchema.safeParse(bad).success).toBe(false);
  });
});
