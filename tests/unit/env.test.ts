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
      new Error(
        [
          "Invalid configuration:",
          "  DATABASE_URL: DATABASE_URL must be a postgresql:// URL",
          "  APP_URL: Invalid URL",
          "  PAST_DUE_GRACE_DAYS: Too small: expected number to be >=0",
        ].join("\n"),
      ),
    );
  });

  it.each(["postgresql://u:p@db.example.org:5432/news", "postgres://u@localhost/news"])("accepts %s as DATABASE_URL", (url) => {
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it.each(["http://db.example.org/news", "mysql://u@localhost/news"])("refuses %s as DATABASE_URL", (url) => {
    expect(() => parseEnv({ DATABASE_URL: url })).toThrowError(
      new Error("Invalid configuration:\n  DATABASE_URL: DATABASE_URL must be a postgresql:// URL"),
    );
  });
});
