import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OAuthButtons } from "@/components/site/oauth-buttons";
import { SignInForm } from "@/components/site/sign-in-form";
import { getOAuthProviderIds } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/http/safe-redirect";
import { getSessionUser } from "@/lib/viewer";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

const ERRORS: Record<string, string> = {
  invalid: "That doesn't look like an email address. Please check it and try again.",
  "rate-limited": "Too many sign-in emails were requested. Please wait 15 minutes and try again.",
  failed: "We couldn't send the email just now. Please try again in a minute.",
};

interface Props {
  searchParams: Promise<{ callbackUrl?: string; error?: string; email?: string }>;
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const error = params.error ? ERRORS[params.error] : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      <p className="mt-2 text-muted">
        We’ll email you a link that signs you in. No password needed; new readers get an account automatically.
      </p>
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} email={params.email} />
      {getOAuthProviderIds().length > 0 && <OAuthButtons providers={getOAuthProviderIds()} callbackUrl={callbackUrl} />}
    </div>
  );
}
