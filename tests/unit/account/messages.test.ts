import { describe, expect, it } from "vitest";
import { accountUrl, ACCOUNT_ERRORS, ACCOUNT_NOTICES } from "@/app/(site)/account/messages";
import { ADMIN_ERRORS, ADMIN_NOTICES } from "@/app/admin/discounts/messages";
import { pageMessage } from "@/lib/page-messages";

// Pages say fixed things for message codes in their URL, and nothing for anything else.

describe("page messages", () => {
  it("maps known codes to fixed copy", () => {
    expect(pageMessage(ACCOUNT_ERRORS, "already-subscribed")?.text).toBe(
      "You already have a subscription. Change plans with Manage billing.",
    );
    expect(pageMessage(ACCOUNT_NOTICES, "saved")).toEqual({ text: "Your changes are saved.", section: "top" });
    expect(pageMessage(ADMIN_ERRORS, "address-in-use")).toMatch(/backs another account/);
    expect(pageMessage(ADMIN_NOTICES, "already-open")?.("EDU-AAAA-BBBB")).toMatch(/already has an open code, EDU-AAAA-BBBB/);
  });

  it.each([
    ["free text", "Your account is suspended. Call +1 555 0100."],
    ["markup", "<img src=x onerror=alert(1)>"],
    ["inherited keys", "constructor"],
    ["prototype", "__proto__"],
    ["a notice code as an error", "saved"],
    ["nothing", undefined],
    ["repeated parameters", ["already-subscribed", "saved"]],
  ])("shows nothing for %s", (_, code) => {
    expect(pageMessage(ACCOUNT_ERRORS, code)).toBeUndefined();
    expect(pageMessage(ADMIN_ERRORS, code)).toBeUndefined();
  });

  it("builds account links that scroll to where the message shows", () => {
    expect(accountUrl({ notice: "saved" })).toBe("/account?notice=saved");
    expect(accountUrl({ error: "address-in-use" })).toBe("/account?error=address-in-use#academic");
  });
});
