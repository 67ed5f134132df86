import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmAcademicEmail, requestAcademicEmailConfirmation } from "@/lib/discounts/academic-address";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";
import { finish, linkTokenFor, newReader, uniqueLocal } from "./support";

// A pending academic address stays with the reader who asked for it until its link expires.

let h: Harness;
const HOUR = 3600_000;

beforeAll(async () => {
  h = await startAppWithStripe();
});

afterAll(() => finish(h));

const confirmationsTo = (email: string) => db.emailMessage.count({ where: { to: email, kind: "academic-confirmation" } });

describe("adding an academic address", () => {
  it("another reader can neither take nor reset a pending address", async () => {
    const academic = `${uniqueLocal("pending")}@uni.ac.uk`;
    const asker = await newReader(`${uniqueLocal("asker")}@gmail.com`);
    const intruder = await newReader(`${uniqueLocal("intruder")}@gmail.com`);
    expect(await requestAcademicEmailConfirmation(asker.id, academic)).toBe("sent");
    const token = await linkTokenFor(academic, /Confirm your academic address/);

    expect(await requestAcademicEmailConfirmation(intruder.id, academic.toUpperCase())).toBe("pending-elsewhere");
    expect(await db.academicEmail.findUniqueOrThrow({ where: { email: academic } })).toMatchObject({ userId: asker.id, verifiedAt: null });
    expect(await confirmationsTo(academic)).toBe(1);
    expect(await confirmAcademicEmail(intruder.id, token)).toMatchObject({ outcome: "invalid-link" });
    expect(await confirmAcademicEmail(asker.id, token)).toMatchObject({ outcome: "confirmed" });
  });

  it("once the link has expired, a new request (from anyone) replaces the old one, whose link stops working", async () => {
    const academic = `${uniqueLocal("stale")}@uni.ac.uk`;
    const first = await newReader(`${uniqueLocal("first")}@gmail.com`);
    const second = await newReader(`${uniqueLocal("second")}@gmail.com`);
    expect(await requestAcademicEmailConfirmation(first.id, academic)).toBe("sent");
    const oldToken = await linkTokenFor(academic, /Confirm your academic address/);

    const later = new Date(Date.now() + 25 * HOUR);
    expect(await requestAcademicEmailConfirmation(second.id, academic, later)).toBe("sent");
    expect(await db.academicEmail.findUniqueOrThrow({ where: { email: academic } })).toMatchObject({ userId: second.id });
    expect(await confirmAcademicEmail(first.id, oldToken, later)).toMatchObject({ outcome: "invalid-link" });
  });

  it("two readers asking at once: one gets the link, the other is told", async () => {
    const academic = `${uniqueLocal("both")}@uni.ac.uk`;
    const readers = await Promise.all([1, 2, 3].map((n) => newReader(`${uniqueLocal(`r${n}`)}@gmail.com`)));
    const results = await Promise.all(readers.map((r) => requestAcademicEmailConfirmation(r.id, academic)));
    expect(results.filter((r) => r === "sent")).toHaveLength(1);
    expect(results.filter((r) => r === "pending-elsewhere")).toHaveLength(2);
    expect(await confirmationsTo(academic)).toBe(1);
  });
});
