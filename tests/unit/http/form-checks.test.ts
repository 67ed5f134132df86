import { describe, expect, it } from "vitest";
import { checkFormSubmission, checkServerActionText, formsReadBy, serverActionEncoding } from "@/lib/http/form-checks";

// Server-action ids as Next.js makes them: the first byte says which arguments the action reads.
const READS_FORM = `40${"a".repeat(40)}`;
const IGNORES_FORM = `00${"a".repeat(40)}`;
/** useActionState: (previousState, form). */
const STATE_AND_FORM = `60${"a".repeat(40)}`;
/** The same with the state unused: Next.js leaves it out. */
const UNUSED_STATE_AND_FORM = `20${"a".repeat(40)}`;
const THREE_ARGUMENTS = `70${"a".repeat(40)}`;
const REST_ARGUMENTS = `41${"a".repeat(40)}`;
const CACHED_FUNCTION = `c0${"a".repeat(40)}`;

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.append(name, value);
  return data;
}

describe("formsReadBy", () => {
  it("reads the argument mask of the action id", () => {
    expect(formsReadBy(READS_FORM)).toBe(1);
    expect(formsReadBy(IGNORES_FORM)).toBe(0);
    expect(formsReadBy(STATE_AND_FORM)).toBe(1);
    expect(formsReadBy(UNUSED_STATE_AND_FORM)).toBe(1);
    expect(formsReadBy(THREE_ARGUMENTS)).toBeNull();
    expect(formsReadBy(REST_ARGUMENTS)).toBeNull();
    expect(formsReadBy(CACHED_FUNCTION)).toBeNull();
  });
});

describe("checkFormSubmission", () => {
  it("accepts what React sends for a form bound to an action", () => {
    expect(checkFormSubmission(form({ _1_email: "a@example.org", "0": '["$K1"]' }), READS_FORM)).toBeNull();
    expect(checkFormSubmission(form({ $ACTION_ID_abc: "", email: "a@example.org" }), null)).toBeNull();
  });

  it("accepts what React sends for a useActionState form: the previous state, then the form", () => {
    const state = { status: "error", message: "Fix it", fieldErrors: { role: ["Choose one."] }, values: { note: "$$5 off" } };
    expect(checkFormSubmission(form({ _1_role: "EDITOR", "0": JSON.stringify([state, "$K1"]) }), STATE_AND_FORM)).toBeNull();
    expect(checkFormSubmission(form({ _1_role: "EDITOR", "0": '[{"status":"idle"},"$K1"]' }), STATE_AND_FORM)).toBeNull();
    expect(checkFormSubmission(form({ _1_role: "EDITOR", "0": '["$undefined","$K1"]' }), UNUSED_STATE_AND_FORM)).toBeNull();
  });

  it.each([
    ["no arguments", READS_FORM, { _1_email: "x" }],
    ["numbers", READS_FORM, { "0": "[1,2,3]" }],
    ["two forms", READS_FORM, { "0": '["$K1","$K2"]' }],
    ["no form for an action that reads one", READS_FORM, { "0": "[]" }],
    ["a form for an action that reads none", IGNORES_FORM, { "0": '["$K1"]' }],
    ["an object", READS_FORM, { "0": '{"email":"x"}' }],
    ["a server reference", READS_FORM, { "0": '["$h1"]' }],
    ["not JSON", READS_FORM, { "0": "{not json" }],
    ["an action that is not a form action", THREE_ARGUMENTS, { "0": '["$K1"]' }],
    ["only the form for a useActionState action", STATE_AND_FORM, { "0": '["$K1"]' }],
    ["a state and two forms", STATE_AND_FORM, { "0": '[{},"$K1","$K2"]' }],
    ["a reference inside the state", STATE_AND_FORM, { "0": '[{"status":"$h1"},"$K1"]' }],
    ["a date inside the state", STATE_AND_FORM, { "0": '[{"values":["$D2026-01-01"]},"$K1"]' }],
  ])("refuses a server action call with %s", (_label, actionId, entries) => {
    expect(checkFormSubmission(form(entries), actionId)?.status).toBe(400);
  });

  it("refuses NUL bytes in any field name or value", () => {
    expect(checkFormSubmission(form({ _1_name: "a\u0000b", "0": '["$K1"]' }), READS_FORM)?.status).toBe(400);
    expect(checkFormSubmission(form({ "na\u0000me": "x" }), null)?.status).toBe(400);
  });
});

describe("server-action calls without a form", () => {
  it("are plain-text arguments, and only `[]` for an action that ignores its form", () => {
    expect(serverActionEncoding("multipart/form-data; boundary=x")).toBe("form");
    expect(serverActionEncoding("text/plain;charset=UTF-8")).toBe("text");
    expect(serverActionEncoding("application/json")).toMatchObject({ status: 415 });
    expect(serverActionEncoding(null)).toMatchObject({ status: 415 });
    expect(checkServerActionText("[]", IGNORES_FORM)).toBeNull();
    expect(checkServerActionText("[]", READS_FORM)?.status).toBe(400);
    expect(checkServerActionText("[1,2,3]", IGNORES_FORM)?.status).toBe(400);
    expect(checkServerActionText("", IGNORES_FORM)?.status).toBe(400);
  });
});
