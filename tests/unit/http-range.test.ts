import { describe, expect, it } from "vitest";
import { parseRange } from "@/lib/http-range";

describe("parseRange", () => {
  it.each([
    [null, null],
    ["bytes=0-99", { start: 0, end: 99 }],
    ["bytes=100-", { start: 100, end: 999 }],
    ["bytes=-100", { start: 900, end: 999 }],
    ["bytes=900-5000", { start: 900, end: 999 }],
    ["bytes=1000-", "unsatisfiable"],
    ["bytes=50-10", "unsatisfiable"],
    ["items=0-1", null],
    ["bytes=0-1,5-6", null],
  ] as const)("%s → %j", (header, expected) => {
    expect(parseRange(header, 1000)).toEqual(expected);
  });
});
