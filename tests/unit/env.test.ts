import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";

describe("parseEnv", () => {
  it("fills defaults for the embedded setup", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@localhost:5432/db" });
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.PAST_DUE_GRACE_DAYS).toBe(7);
    expect(env.ADMIN_EMAILS).toEqual([]);
  });

  it("parses lists and numbers", () => {
    const env = parseEnv({ ADMIN_EMAILS: " Ed@Example.org, ops@example.org ,", PAST_DUE_GRACE_DAYS: "3" });
    expect(env.ADMIN_EMAILS).toEqual(["ed@example.org", "ops@example.org"]);
    expect(env.PAST_DUE_GRACE_DAYS).toBe(3);
  });

  it("names every bad value in one clear error", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url", PAST_DUE_GRACE_DAYS: "-1", APP_URL: "nope" })).toThrowError(
      /DATABASE_URL[\s\S]*APP_URL[\s\S]*PAST_DUE_GRACE_DAYS|DATABASE_URL[\s\S]*PAST_DUE_GRACE_DAYS/,
    );
  });
});
