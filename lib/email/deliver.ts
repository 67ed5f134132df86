import "server-only";
import { db } from "@/lib/db";
import { composeEmail } from "./compose";
import { renderEmail } from "./render";
import { deliver } from "./transport";
import type { EmailKind } from "./email-job";

export type DeliveryOutcome = "sent" | "already-sent" | "canceled" | "missing";

/**
 * Sends one queued email (run by the worker's `email.send` job). Marked sent only after the mail
 * server accepted it; a failure is recorded and rethrown so the queue retries with back-off, and
 * the last failed attempt leaves the message `failed` for staff to see.
 */
export async function deliverQueuedEmail(emailId: string, context: { isLastAttempt: boolean }): Promise<DeliveryOutcome> {
  const email = await db.emailMessage.findUnique({ where: { id: emailId } });
  if (!email) return "missing";
  if (email.status === "sent" || email.status === "canceled") return "already-sent";
  try {
    const composed = await composeEmail(email.kind as EmailKind, { to: email.to, userId: email.userId, payload: email.payload });
    if (!composed) {
      await db.emailMessage.update({ where: { id: emailId }, data: { status: "canceled" } });
      return "canceled";
    }
    const { html, text } = await renderEmail(composed.body);
    await deliver({ to: email.to, subject: composed.subject, html, text, headers: composed.headers });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.emailMessage.update({
      where: { id: emailId },
      data: { attempts: { increment: 1 }, lastError: message.slice(0, 1000), status: context.isLastAttempt ? "failed" : "queued" },
    });
    throw error;
  }
  await db.emailMessage.update({
    where: { id: emailId },
    data: { status: "sent", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
  });
  return "sent";
}
