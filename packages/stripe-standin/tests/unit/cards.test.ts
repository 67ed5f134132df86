import { describe, expect, it } from "vitest";
import { acceptCard } from "../../billing/cards";
import { StandinError } from "../../core/errors";

const now = Date.parse("2026-06-01T00:00:00Z") / 1000;

function refusal(number: string, expiry = "12/30", cvc = "123"): StandinError {
  try {
    acceptCard({ number, expiry, cvc }, now);
  } catch (err) {
    if (err instanceof StandinError) return err;
    throw err;
  }
  throw new Error("card was accepted");
}

describe("test cards", () => {
  it("accepts 4242 and remembers the last four digits", () => {
    const card = acceptCard({ number: "4242 4242 4242 4242", expiry: "12 / 30", cvc: "123" }, now);
    expect(card).toMatchObject({ brand: "visa", last4: "4242", expMonth: 12, expYear: 2030, failsRenewals: false });
    expect(card.id).toMatch(/^pm_/);
  });

  it("marks 0341 as failing renewals", () => {
    expect(acceptCard({ number: "4000000000000341", expiry: "01/2031", cvc: "999" }, now).failsRenewals).toBe(true);
  });

  it("declines 0002 with Stripe's card error", () => {
    const err = refusal("4000 0000 0000 0002");
    expect(err.status).toBe(402);
    expect(err.toBody().error).toMatchObject({
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
    });
  });

  it("refuses bad numbers, past expiry, missing CVC and live cards", () => {
    expect(refusal("4242 4242 4242 4241").message).toBe("Your card number is incorrect.");
    expect(refusal("4242424242424242", "05/26").message).toBe("Your card's expiration year is in the past.");
    expect(refusal("4242424242424242", "13/30").message).toBe("Your card's expiration date is incomplete.");
    expect(refusal("4242424242424242", "12/30", "1").message).toBe("Your card's security code is incomplete.");
    expect(refusal("4111 1111 1111 1111").toBody().error.decline_code).toBe("test_mode_live_card");
  });
});
