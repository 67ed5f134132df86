import "server-only";
import { z } from "zod";
import { enqueueEmail, requestKey } from "@/lib/email/enqueue-email";
import { consumeRateLimit, SIGN_IN_PER_EMAIL, SIGN_IN_PER_IP } from "@/lib/rate-limit";

export const signInRequestSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")).pipe(z.string().max(254)),
  callbackUrl: z.string().optional(),
});

/** Only same-site paths are allowed after sign-in, so a link can't bounce readers elsewhere. */
export function safeCallbackPath(value: string | undefined | null): string {
  return value && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : "/";
}

export type SignInRequestResult = "sent" | "invalid" | "rate-limited";

/**
 * Sends a sign-in link. The answer is the same whether or not the address has an account,
 * so nobody can probe for readers' addresses.
 */
export async function requestSignIn(input: { email: unknown; callbackUrl: unknown }, ip: string): Promise<SignInRequestResult> {
  const parsed = signInRequestSchema.safeParse(input);
  if (!parsed.success) return "invalid";
  const { email } = parsed.data;
  const allowed = (await consumeRateLimit(SIGN_IN_PER_IP, ip)) && (await consumeRateLimit(SIGN_IN_PER_EMAIL, email));
  if (!allowed) return "rate-limited";
  // The worker makes the link when it sends the email, so no usable token rests in the queue.
  await enqueueEmail({
    kind: "sign-in-link",
    to: email,
    payload: { callbackUrl: safeCallbackPath(parsed.data.callbackUrl) },
    key: requestKey("sign-in-link"),
  });
  return "sent";
}
