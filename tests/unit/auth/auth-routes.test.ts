import { describe, expect, it } from "vitest";
import { isAllowedAuthRoute } from "@/lib/auth/auth-routes";

describe("isAllowedAuthRoute", () => {
  it.each([
    ["GET", ["session"]],
    ["GET", ["csrf"]],
    ["GET", ["providers"]],
    ["GET", ["signin"]],
    ["GET", ["error"]],
    ["GET", ["callback", "email"]],
    ["GET", ["callback", "github"]],
    ["POST", ["signin", "github"]],
    ["POST", ["callback", "github"]],
    ["POST", ["signout"]],
  ] as const)("serves %s %j", (method, segments) => {
    expect(isAllowedAuthRoute(method, segments, ["github"])).toBe(true);
  });

  it.each([
    // next-auth's email sign-in, however it is spelled (segments arrive decoded).
    ["POST", ["signin", "email"]],
    ["GET", ["signin", "email"]],
    ["POST", ["signin", "email", "x"]],
    ["POST", ["signin", "Email"]],
    ["POST", ["signin", "email "]],
    ["POST", ["signin"]],
    // OAuth providers that are not switched on.
    ["POST", ["signin", "google"]],
    ["GET", ["callback", "google"]],
    // Everything else next-auth would answer.
    ["GET", ["signout"]],
    ["GET", ["verify-request"]],
    ["POST", ["_log"]],
    ["POST", ["session"]],
    ["GET", ["session", "x"]],
    ["GET", ["callback", "email", "x"]],
    ["PUT", ["session"]],
    ["GET", []],
  ] as const)("refuses %s %j", (method, segments) => {
    expect(isAllowedAuthRoute(method, segments, ["github"])).toBe(false);
  });
});
