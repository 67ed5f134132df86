import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// dispatch_snippet_source (migration search_snippet_source) hands ts_headline only the stretches
// of a long text around the query's words. It may only make snippets cheaper: every word a
// snippet would have highlighted in the whole text is still highlighted.

afterAll(() => db.$disconnect());

const filler = (word: string, n: number) => Array.from({ length: n }, () => word).join(" ");
const OPTIONS = "StartSel=<, StopSel=>, MaxWords=35, MinWords=15, MaxFragments=2";

async function snippets(text: string, query: string) {
  const [row] = await db.$queryRaw<Array<{ source: string; cut: string; whole: string }>>`
    SELECT dispatch_snippet_source(${text}, websearch_to_tsquery('english', ${query})) AS source,
           ts_headline('english', dispatch_snippet_source(${text}, websearch_to_tsquery('english', ${query})), websearch_to_tsquery('english', ${query}), ${OPTIONS}) AS cut,
           ts_headline('english', ${text}, websearch_to_tsquery('english', ${query}), ${OPTIONS}) AS whole`;
  return row!;
}
const marked = (snippet: string) => [...snippet.matchAll(/<([^>]+)>/g)].map((m) => m[1]!.toLowerCase());

describe("dispatch_snippet_source", () => {
  it("keeps the stretch around a word deep in a long body, and the snippet marks it", async () => {
    const text = `${filler("opening", 400)} The ports were leased. ${filler("closing", 400)}`;
    const { source, cut } = await snippets(text, "port");
    expect(source.length).toBeLessThan(700);
    expect(marked(cut)).toEqual(["ports"]);
  });

  it("keeps one stretch per word when they are far apart, so both are marked", async () => {
    const text = `${filler("alpha", 300)} the ports of the coast ${filler("middle", 300)} under new concessions signed ${filler("omega", 300)}`;
    const { source, cut, whole } = await snippets(text, "port concession");
    expect(source).toContain(" … ");
    expect(source.length).toBeLessThan(1_300);
    expect(marked(cut).sort()).toEqual(["concessions", "ports"]);
    expect(marked(cut).sort()).toEqual(marked(whole).sort());
  });

  it("cuts stretches at word boundaries", async () => {
    const text = `${filler("lengthyword", 300)} the ports ${filler("otherlongword", 300)}`;
    const { source } = await snippets(text, "port");
    expect(source.split(" ")[0]).toBe("lengthyword");
    expect(source.split(" ").at(-1)).toBe("otherlongword");
  });

  it("gives the whole text when a word's stem is not how it starts, or the text is short", async () => {
    const long = `${filler("opening", 400)} every country counts ${filler("closing", 400)}`;
    expect((await snippets(long, "country")).source).toBe(long); // stem "countri"
    const short = "A short dek about ports.";
    expect((await snippets(short, "port")).source).toBe(short);
  });

  it("gives the whole text for a query of negations only", async () => {
    const text = filler("opening", 400);
    expect((await snippets(text, "-tariff")).source).toBe(text);
  });
});
