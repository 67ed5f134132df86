import { expect } from "@playwright/test";
import { readOutbox } from "@/lib/email/outbox";
import { E2E } from "./e2e-env";

/** Waits for the newest email to `to` whose subject matches, and returns its first link. */
export async function latestLinkFor(to: string, subject: RegExp, after = new Date(0)): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const message = (await readOutbox(E2E.outboxDir)).find((m) => m.to.includes(to) && subject.test(m.subject) && m.date >= after);
        link = message?.links[0];
        return link;
      },
      { timeout: 15_000, message: `an email to ${to} matching ${subject}` },
    )
    .toBeTruthy();
  return link!;
}
