import { describe, expect, it } from "vitest";
import { parseForm } from "../../core/form-parser";

describe("parseForm (Stripe bracket notation)", () => {
  it("builds nested objects and indexed arrays", () => {
    const body =
      "line_items[0][price]=price_1&line_items[0][quantity]=2&line_items[1][price]=price_2&metadata[userId]=abc&mode=subscription";
    expect(parseForm(body)).toEqual({
      line_items: [{ price: "price_1", quantity: "2" }, { price: "price_2" }],
      metadata: { userId: "abc" },
      mode: "subscription",
    });
  });

  it("treats `[]` as append and keeps order", () => {
    expect(parseForm("expand[]=subscription&expand[]=customer")).toEqual({ expand: ["subscription", "customer"] });
    expect(parseForm("expand[0]=a&expand[1]=b")).toEqual({ expand: ["a", "b"] });
  });

  it("orders indexed arrays numerically, decodes URL encoding and keeps empty values", () => {
    const parsed = parseForm(
      "items[10][id]=j&items[2][id]=c&success_url=http%3A%2F%2Fa.test%2F%3Fs%3D%7BCHECKOUT_SESSION_ID%7D&discounts=",
    );
    expect(parsed.items).toEqual([{ id: "c" }, { id: "j" }]);
    expect(parsed.success_url).toBe("http://a.test/?s={CHECKOUT_SESSION_ID}");
    expect(parsed.discounts).toBe("");
  });

  it("ignores malformed keys instead of crashing", () => {
    expect(parseForm("a[b=1&[x]=2&ok=3")).toEqual({ ok: "3" });
  });
});
