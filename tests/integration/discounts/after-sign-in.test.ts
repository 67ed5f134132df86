import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/enqueue";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";
import { runDueJobs } from "../../support/jobs";
import { codesOf, emailsOf, finish, newReader, uniqueLocal } from "./support";

// The sign-in side effect runs as a job, and jobs run again after a crash or a retry.

let h: Harness;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(() => finish(h));

describe("the discounts.after-sign-in job", () => {
  it("run twice in a row: one code, one email", async () => {
    const student = await newReader(`${uniqueLocal("twice")}@example.edu`);
    await enqueue("discounts.after-sign-in", { userId: student.id });
    await enqueue("discounts.after-sign-in", { userId: student.id });
    await runDueJobs();
    await enqueue("discounts.after-sign-in", { userId: student.id });
    await runDueJobs();
    expect(await codesOf(student.id)).toHaveLength(1);
    expect(await emailsOf(student.id, "discount-code")).toMatchObject([{ status: "sent" }]);
  });

  it("run concurrently: one code, one email", async () => {
    const student = await newReader(`${uniqueLocal("together")}@example.edu`);
    const run = () => JOB_HANDLERS["discounts.after-sign-in"]({ userId: student.id }, { isLastAttempt: false });
    await Promise.all([run(), run(), run(), run()]);
    expect(await codesOf(student.id)).toHaveLength(1);
    expect(await emailsOf(student.id, "discount-code")).toHaveLength(1);
  });

  it("for a reader who is gone by the time it runs: nothing, and no error", async () => {
    const student = await newReader(`${uniqueLocal("gone")}@example.edu`);
    await db.user.delete({ where: { id: student.id } });
    await expect(JOB_HANDLERS["discounts.after-sign-in"]({ userId: student.id }, { isLastAttempt: false })).resolves.not.toThrow();
  });
});
