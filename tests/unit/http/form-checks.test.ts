import { describe, expect, it } from "vitest";
import { checkFormSubmission, checkServerActionContentType } from "@/lib/http/form-checks";

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("checkFormSubmission", () => {
  it("accepts what React sends for a form bound to an action", () => {
    expect(checkFormSubmission(form({ "0": '["$K1"]', _1_email: "a@example.org" }), true)).toBeNull();
    expect(checkFormSubmission(form({ "0": "[]" }), true)).toBeNull();
    expect(checkFormSubmission(form({ $ACTION_ID_abc: "", email: "a@example.org" }), false)).toBeNull();
  });

  it.each([
    ["no arguments", { _1_email: "x" }],
    ["numbers", { "0": "[1,2,3]" }],
    ["two forms", { "0": '["$K1","$K2"]' }],
    ["an object", { "0": '{"email":"x"}' }],
    ["a string", { "0": '"x"' }],
    ["a server reference", { "0": '["$h1"]' }],
    ["not JSON", { "0": "{not json" }],
  ])("refuses a server action call with %s", (_label, entries) => {
    expect(checkFormSubmission(form(entries), true)?.status).toBe(400);
  });

  it("refuses NUL bytes in any field name or value", () => {
    expect(checkFormSubmission(form({ "0": '["$K1"]', _1_name: "a\u0000b" }), true)?.status).toBe(400);
    expect(checkFormSubmission(form({ "na\u0000me": "x" }), false)?.status).toBe(400);
  });
});

describe("checkServerActionContentType", () => {
  it("takes multipart forms only", () => {
    expect(checkServerActionContentType("multipart/form-data; boundary=x")).toBeNull();
    expect(checkServerActionContentType("text/plain;charset=UTF-8")?.status).toBe(415);
    expect(checkServerActionContentType("application/json")?.status).toBe(415);
    expect(checkServerActionContentType(null)?.status).toBe(415);
  });
});
