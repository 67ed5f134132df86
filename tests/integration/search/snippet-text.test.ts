import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

// dispatch_snippet_text (the search ranking migration): the part of a long text that ts_headline
// is given for a snippet, around the first word of the query, cut at whole words.

const words = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(" ");
const LONG = `${words("alpha", 400)} The lithium smelter opened. ${words("omega", 400)}`;

async function snippetText(text: string, query: string): Promise<string> {
  const [row] = await db.$queryRaw<Array<{ cut: string }>>`
    SELECT dispatch_snippet_text(${text}, websearch_to_tsquery('english', ${query})) AS cut`;
  return row!.cut;
}

afterAll(() => db.$disconnect());

describe("the text a snippet is cut from", () => {
  it("is the 1,200 characters around the first match of a long text, in whole words", async () => {
    const cut = await snippetText(LONG, "smelters");
    expect(cut).toContain("The lithium smelter opened.");
    expect(cut.length).toBeLessThanOrEqual(1200);
    expect(cut.length).toBeGreaterThan(900);
    // Whole words: what precedes and follows it in the text is a space.
    const at = LONG.indexOf(cut);
    expect(at).toBeGreaterThan(0);
    expect(LONG[at - 1]).toBe(" ");
    expect(LONG[at + cut.length]).toBe(" ");
  });

  it("is the whole text when it is short or no word of the query is found by its stem", async () => {
    expect(await snippetText("A short text about smelters.", "smelter")).toBe("A short text about smelters.");
    // company's lexeme is compani, which begins no form of it but the plural.
    const company = `${words("alpha", 400)} The company agreed.`;
    expect(await snippetText(company, "company")).toBe(company);
    expect(await snippetText(LONG, "it's (a.b) c++")).toBe(LONG);
  });
});
