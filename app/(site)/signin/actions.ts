"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestSignIn, safeCallbackPath } from "@/lib/auth/sign-in";

/** Form action of /signin: emails a magic link (server actions are CSRF-protected by Next). */
export async function requestSignInLink(formData: FormData): Promise<void> {
  const requestHeaders = await headers();
  const ip = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || requestHeaders.get("x-real-ip") || "unknown";
  const email = formData.get("email");
  const callbackUrl = safeCallbackPath(formData.get("callbackUrl")?.toString());
  let result;
  try {
    result = await requestSignIn({ email, callbackUrl }, ip);
  } catch {
    result = "failed" as const;
  }
  if (result === "sent") redirect("/signin/check-email");
  const query = new URLSearchParams({ error: result, callbackUrl, email: typeof email === "string" ? email : "" });
  redirect(`/signin?${query}`);
}
