import { describe, expect, it } from "vitest";
import { csvLine } from "@/lib/business/csv";
import { filterQuery, parseSubscriberFilter, subscriberWhere } from "@/lib/business/subscriber-filter";

describe("CSV lines", () => {
  it("quotes fields that need it and defuses spreadsheet formulas", () => {
    expect(csvLine(["a@example.org", 'say "hi", ok', "line\nbreak"])).toBe('a@example.org,"say ""hi"", ok","line\nbreak"\r\n');
    expect(csvLine(['=HYPERLINK("x")@evil.example', "+1", "@x"])).toBe('"\'=HYPERLINK(""x"")@evil.example",\'+1,\'@x\r\n');
  });
});

describe("the subscribers filter", () => {
  it("ignores values it does not understand instead of failing", () => {
    expect(parseSubscriberFilter({ q: "  ann ", plan: "Monthly!", status: "bogus", academic: "maybe", page: "-3" })).toEqual({
      q: "ann",
      plan: undefined,
      status: undefined,
      academic: undefined,
      page: 1,
    });
    expect(parseSubscriberFilter({ page: ["2", "9"], status: "past_due" })).toMatchObject({ page: 2, status: "past_due" });
  });

  it("builds the query and keeps the filter in links", () => {
    const filter = parseSubscriberFilter({ q: "ann", plan: "yearly", academic: "yes", page: "3" });
    expect(subscriberWhere(filter)).toMatchObject({ user: { email: { contains: "ann", mode: "insensitive" } }, plan: { slug: "yearly" } });
    expect(filterQuery(filter)).toBe("q=ann&plan=yearly&academic=yes");
  });
});
