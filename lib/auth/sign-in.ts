import "server-only";
import { z } from "zod";
import { normaliseMailbox } from "@/lib/email-address";
import { enqueueEmail, requestKey } from "@/lib/email/enqueue-email";
import { rateLimitAddressKey } from "@/lib/http/client-ip";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { consumeRateLimit, SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP } from "@/lib/rate-limit";

export const signInRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")).pipe(z.string().max(254)),
  callbackUrl: z.string().optional(),
});

export type SignInRequestResult = "sent" | "invalid" | "rate-limited";

/**
 * Sends a sign-in link. The answer is the same whether or not the address has an account,
 * so nobody can probe for readers' addresses. Limits count the mailbox (so `me+1@`, `me+2@`
 * share one allowance) and the client address the server resolved.
 */
export async function requestSignIn(input: { email: unknown; callbackUrl: unknown }, ip: string): Promise<SignInRequestResult> {
  const parsed = signInRequestSchema.safeParse(input);
  const mailbox = parsed.success ? normaliseMailbox(parsed.data.email) : null;
  if (!parsed.success || !mailbox) return "invalid";
  // The mailbox first: once it is over its limit, further tries do not use up the address's.
  const allowed = (await consumeRateLimit(SIGN_IN_PER_EMAIL, mailbox)) && (await consumeRateLimit(SIGN_IN_PER_IP, rateLimitAddressKey(ip)));
  if (!allowed) return "rate-limited";
  // The worker makes the link when it sends the email, so no usable token rests in the queue.
  await enqueueEmail({
    kind: "sign-in-link",
    to: parsed.data.email,
    payload: { callbackUrl: safeReturnPath(parsed.data.callbackUrl) },
    key: requestKey("sign-in-link"),
  });
  return "sent";
}
