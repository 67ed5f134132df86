import { describe, expect, it } from "vitest";
import { paginate } from "../../core/list";
import { h } from "../../pages/html";
import { describePrice, formatMoney } from "../../pages/layout";

describe("hosted page helpers", () => {
  it("escapes interpolated values but not nested fragments", () => {
    const name = `<script>alert("x")</script>`;
    expect(h`<p>${name}</p>${h`<b>ok</b>`}`.value).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p><b>ok</b>");
  });

  it("formats money in minor units and zero-decimal currencies", () => {
    expect(formatMoney(800, "usd")).toBe("$8.00");
    expect(formatMoney(500, "jpy")).toBe("¥500");
    const price = {
      id: "price_1",
      created: 0,
      product: "prod_1",
      active: true,
      currency: "eur",
      unitAmount: 12000,
      lookupKey: null,
      nickname: null,
      metadata: {},
      recurring: { interval: "month" as const, intervalCount: 3 },
    };
    expect(describePrice(price)).toBe("€120.00 every 3 months");
  });
});

describe("paginate", () => {
  const items = ["a", "b", "c", "d", "e"].map((id) => ({ id }));
  it("pages forward and backward by cursor", () => {
    expect(paginate(items, { limit: 2 }, "/x")).toMatchObject({ data: [{ id: "a" }, { id: "b" }], has_more: true });
    expect(paginate(items, { limit: 2, starting_after: "d" }, "/x")).toMatchObject({ data: [{ id: "e" }], has_more: false });
    expect(paginate(items, { limit: 2, ending_before: "d" }, "/x")).toMatchObject({ data: [{ id: "b" }, { id: "c" }], has_more: true });
  });
  it("rejects unknown cursors", () => {
    expect(() => paginate(items, { starting_after: "zz" }, "/x")).toThrow(/No such object/);
  });
});
