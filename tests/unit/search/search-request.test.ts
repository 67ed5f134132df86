import { describe, expect, it } from "vitest";
import { parseSearchRequest, MAX_QUERY_CHARS } from "@/lib/search/search-request";
import { MARK_END, MARK_START, snippetParts } from "@/lib/search/snippet";

describe("what /search reads from the address", () => {
  it("keeps good values", () => {
    expect(
      parseSearchRequest({ q: "  debt   relief ", type: "podcasts", section: "africa", from: "2026-09-01", to: "2026-09-30", page: "3" }),
    ).toEqual({
      q: "debt relief",
      type: "podcasts",
      section: "africa",
      from: "2026-09-01",
      to: "2026-09-30",
      page: 3,
    });
  });

  it("drops what no form sends instead of failing", () => {
    expect(
      parseSearchRequest({
        q: ["a\u0000b\u0007c", "second"],
        type: "secret",
        section: "../etc",
        from: "2026-02-31",
        to: "yesterday",
        page: "99999999999",
      }),
    ).toEqual({ q: "a b c", type: "all", section: null, from: null, to: null, page: 1 });
    expect(parseSearchRequest({}).q).toBe("");
    expect(parseSearchRequest({ q: "x".repeat(5000) }).q).toHaveLength(MAX_QUERY_CHARS);
    expect(parseSearchRequest({ q: "\uD800 lone" }).q).toBe("lone");
    expect(parseSearchRequest({ page: "-1" }).page).toBe(1);
  });
});

describe("snippets", () => {
  it("turns ts_headline's marks into parts and leaves everything else as text", () => {
    expect(snippetParts(`a <b>&amp; ${MARK_START}panda${MARK_END} x ${MARK_START}bonds${MARK_END}.`)).toEqual([
      { text: "a <b>&amp; ", mark: false },
      { text: "panda", mark: true },
      { text: " x ", mark: false },
      { text: "bonds", mark: true },
      { text: ".", mark: false },
    ]);
  });

  it("treats stray or unbalanced marks as text", () => {
    expect(snippetParts(`x${MARK_END}y`)).toEqual([{ text: "xy", mark: false }]);
    expect(snippetParts(`x${MARK_START}y`)).toEqual([
      { text: "x", mark: false },
      { text: "y", mark: false },
    ]);
  });
});
