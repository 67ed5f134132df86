"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestSignIn } from "@/lib/auth/sign-in";
import { clientIpFrom } from "@/lib/http/client-ip";
import { safeReturnPath } from "@/lib/http/safe-redirect";

/** Form action of /signin: emails a magic link (server actions are CSRF-protected by Next). */
export async function requestSignInLink(formData: FormData): Promise<void> {
  const email = formData.get("email");
  const callbackUrl = safeReturnPath(formData.get("callbackUrl"));
  let result;
  try {
    result = await requestSignIn({ email, callbackUrl }, clientIpFrom(await headers()));
  } catch {
    result = "failed" as const;
  }
  if (result === "sent") redirect("/signin/check-email");
  // The address is echoed back into the form only when it could be one (bounded Location header).
  const echo = typeof email === "string" && email.length <= 254 ? email : "";
  redirect(`/signin?${new URLSearchParams({ error: result, callbackUrl, email: echo })}`);
}
