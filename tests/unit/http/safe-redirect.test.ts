import { describe, expect, it } from "vitest";
import { MAX_RETURN_PATH_LENGTH, safeReturnPath } from "@/lib/http/safe-redirect";

// Every value a link could carry as `callbackUrl` / `next`. The browser column is what a
// browser would do with the value in a Location header: none may leave the site.
describe("safeReturnPath", () => {
  it.each([
    ["/articles/x", "/articles/x"],
    ["/articles?page=2&region=africa#top", "/articles?page=2&region=africa#top"],
    ["/subscribe/monthly?next=%2Farticles%2Fx", "/subscribe/monthly?next=%2Farticles%2Fx"],
    ["/café", "/caf%C3%A9"],
    ["/a/../account", "/account"],
  ])("keeps same-site path %j as %j", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it.each([
    ["absolute URL", "https://evil.example/"],
    ["scheme-relative", "//evil.example"],
    ["backslash", "/\\evil.example"],
    ["backslashes", "\\\\evil.example"],
    ["TAB (the reported bypass, as decoded from /%09/evil.example)", "/\t/evil.example"],
    ["CR", "/\r/evil.example"],
    ["LF", "/\n/evil.example"],
    ["NUL", "/\u0000/evil.example"],
    ["encoded TAB", "/%09/evil.example"],
    ["encoded slashes", "/%2F%2Fevil.example"],
    ["encoded slash after slash", "/%2Fevil.example"],
    ["encoded backslash", "/%5Cevil.example"],
    ["encoded CR LF", "/%0d%0aSet-Cookie:x=1"],
    ["javascript:", "javascript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["fullwidth solidus", "／／evil.example"],
    ["leading space", " /articles"],
    ["no leading slash", "articles"],
    ["empty", ""],
    ["invalid UTF-8 escape", "/%C0%AF"],
    ["too long", `/${"a".repeat(MAX_RETURN_PATH_LENGTH)}`],
  ])("refuses %s", (_label, input) => {
    expect(safeReturnPath(input)).toBe("/");
  });

  it("refuses non-strings and honours the fallback", () => {
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(null, "/account")).toBe("/account");
    expect(safeReturnPath(["/x"])).toBe("/");
    expect(safeReturnPath(42)).toBe("/");
  });

  it("bounds the result, even when encoding makes it longer", () => {
    const path = `/${"é".repeat(1000)}`;
    expect(path.length).toBeLessThanOrEqual(MAX_RETURN_PATH_LENGTH);
    expect(safeReturnPath(path)).toBe("/");
  });

  it("never returns something a browser would resolve off-site", () => {
    const base = "https://news.example";
    for (const input of [
      "/%09/evil.example",
      "/\t/evil.example",
      "/\\/evil.example",
      "//evil.example",
      "/%2F/evil.example",
      "/.//evil.example",
    ]) {
      expect(new URL(safeReturnPath(input), base).origin).toBe(base);
    }
  });
});
