import "server-only";
import { getEnv } from "@/lib/env";
import { deliver, type OutgoingMail } from "./transport";

const ATTEMPTS = 3;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends one message, retrying transient failures. Throws after the last attempt so the
 * caller (and the reader) learns that nothing was sent; failures are always logged.
 */
export async function sendMail(mail: OutgoingMail): Promise<void> {
  const { MAIL_FROM, PUBLICATION_NAME } = getEnv();
  const from = MAIL_FROM ?? `${PUBLICATION_NAME} <no-reply@localhost>`;
  for (let attempt = 1; ; attempt++) {
    try {
      await deliver(mail, from);
      return;
    } catch (error) {
      console.error(`[mail] attempt ${attempt}/${ATTEMPTS} to send "${mail.subject}" failed:`, error);
      if (attempt >= ATTEMPTS) throw new Error(`Could not send email "${mail.subject}"`, { cause: error });
      await wait(250 * 2 ** attempt);
    }
  }
}
