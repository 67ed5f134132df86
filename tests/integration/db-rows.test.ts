import { Prisma } from "@prisma/client";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { queryRows } from "@/lib/db-rows";

// lib/db-rows.ts reads rows on the app's pool without Prisma: it must read them as Prisma does.

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe("queryRows", () => {
  it.each(["Asia/Kolkata", "America/Lima", "UTC"])(
    "reads a timestamp without time zone as UTC, like Prisma, with the process in %s",
    async (timeZone) => {
      process.env.TZ = timeZone;
      const query = Prisma.sql`SELECT '2026-03-08 06:59:01.234'::timestamp(3) AS at, ${"x"}::text AS text, 0.25::real AS rank, ${["a", "b"]}::text[] AS list`;
      const [ours] = await queryRows<{ at: Date; text: string; rank: number; list: string[] }>(query);
      const [prisma] = await db.$queryRaw<Array<{ at: Date }>>(query);
      expect(ours!.at.toISOString()).toBe("2026-03-08T06:59:01.234Z");
      expect(ours!.at.getTime()).toBe(prisma!.at.getTime());
      expect(ours).toMatchObject({ text: "x", rank: 0.25, list: ["a", "b"] });
    },
  );
});
