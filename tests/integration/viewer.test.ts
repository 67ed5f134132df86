import crypto from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "@/lib/env";
import { querySessionViewer } from "@/lib/session-viewer";
import { findSessionUser, findSessionViewer } from "@/lib/viewer";
import { ensurePlans } from "../../prisma/seed/ensure-plans";

// The reader behind a session cookie, as every reading page resolves it.

const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: getEnv().DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
});
const queries: string[] = [];
client.$on("query", (event) => queries.push(event.query));

let userId: string;
const token = crypto.randomUUID();
const expiredToken = crypto.randomUUID();

beforeAll(async () => {
  await ensurePlans(client);
  const plan = await client.plan.findUniqueOrThrow({ where: { slug: "monthly" } });
  const user = await client.user.create({ data: { email: `viewer-${token}@example.org` } });
  userId = user.id;
  await client.subscription.create({
    data: {
      userId,
      planId: plan.id,
      status: "active",
      currentPeriodEnd: new Date(Date.now() + 30 * 86_400_000),
      stripeSubscriptionId: `sub_${token}`,
      stripeCustomerId: `cus_${token}`,
    },
  });
  await client.session.createMany({
    data: [
      { sessionToken: token, userId, expires: new Date(Date.now() + 86_400_000) },
      { sessionToken: expiredToken, userId, expires: new Date(Date.now() - 1000) },
    ],
  });
});
afterAll(() => client.$disconnect());

describe("findSessionUser", () => {
  it("loads session, user, subscriptions and plans in one query", async () => {
    queries.length = 0;
    const user = await findSessionUser(token, client);
    expect(queries).toHaveLength(1);
    expect(user).toMatchObject({ id: userId, role: "READER", subscriptions: [{ status: "active", plan: { slug: "monthly" } }] });
    expect(user!.subscriptions[0]!.currentPeriodEnd).toBeInstanceOf(Date);
  });

  it("knows nobody for an expired or unknown session", async () => {
    expect(await findSessionUser(expiredToken, client)).toBeNull();
    expect(await findSessionUser(crypto.randomUUID(), client)).toBeNull();
  });

  it("treats the session as expired from its expiry instant", async () => {
    const { expires } = await client.session.findUniqueOrThrow({ where: { sessionToken: token } });
    expect(await findSessionUser(token, client, new Date(expires.getTime() - 1))).not.toBeNull();
    expect(await findSessionUser(token, client, expires)).toBeNull();
  });
});

describe("findSessionViewer", () => {
  it("resolves session, user and subscriptions to a viewer in one query", async () => {
    queries.length = 0;
    const viewer = await findSessionViewer(token, client);
    expect(queries).toHaveLength(1);
    expect(viewer).toEqual({
      kind: "user",
      userId,
      role: "READER",
      subscriptions: [{ status: "active", currentPeriodEnd: expect.any(Date), cancelAtPeriodEnd: false, pastDueSince: null }],
    });
  });

  it("gives a reader without subscriptions an empty list", async () => {
    const user = await client.user.create({ data: { email: `viewer-free-${token}@example.org`, role: "EDITOR" } });
    const freeToken = crypto.randomUUID();
    await client.session.create({ data: { sessionToken: freeToken, userId: user.id, expires: new Date(Date.now() + 86_400_000) } });
    expect(await findSessionViewer(freeToken, client)).toEqual({ kind: "user", userId: user.id, role: "EDITOR", subscriptions: [] });
  });

  it("is anonymous for an expired or unknown session, from the expiry instant", async () => {
    expect(await findSessionViewer(expiredToken, client)).toEqual({ kind: "anonymous" });
    expect(await findSessionViewer(crypto.randomUUID(), client)).toEqual({ kind: "anonymous" });
    const { expires } = await client.session.findUniqueOrThrow({ where: { sessionToken: token } });
    expect((await findSessionViewer(token, client, new Date(expires.getTime() - 1))).kind).toBe("user");
    expect(await findSessionViewer(token, client, expires)).toEqual({ kind: "anonymous" });
  });
});

describe("querySessionViewer through a plain pg pool (the app server's)", () => {
  it("resolves exactly what the Prisma client resolves, to the millisecond, in any session time zone", async () => {
    const { expires } = await client.session.findUniqueOrThrow({ where: { sessionToken: token } });
    await client.subscription.updateMany({ where: { userId }, data: { pastDueSince: new Date("2026-03-04T05:06:07.089Z") } });
    const pool = new pg.Pool({ connectionString: getEnv().DATABASE_URL!, max: 1, options: "-c TimeZone=Pacific/Auckland" });
    try {
      const run = async (sql: string, params: unknown[]) => (await pool.query(sql, params)).rows;
      const viaPrisma = await findSessionViewer(token, client);
      expect(await querySessionViewer(run, token, new Date())).toEqual(viaPrisma);
      expect(viaPrisma).toMatchObject({ subscriptions: [{ pastDueSince: new Date("2026-03-04T05:06:07.089Z") }] });
      expect((await querySessionViewer(run, token, new Date(expires.getTime() - 1))).kind).toBe("user");
      expect(await querySessionViewer(run, token, expires)).toEqual({ kind: "anonymous" });
    } finally {
      await pool.end();
    }
  });
});
