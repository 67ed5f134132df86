import type { Metadata } from "next";
import { SignInForm } from "@/components/site/sign-in-form";

export const metadata: Metadata = { title: "Sign-in link not valid", robots: { index: false } };

// next-auth sends readers here when a link is used twice, has expired or was altered.
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">{error === "Verification" ? "This sign-in link no longer works" : "Sign-in failed"}</h1>
      <p role="alert" className="mt-4">
        {error === "Verification"
          ? "Sign-in links work once and expire after 24 hours. Ask for a new one below."
          : "Something went wrong while signing you in. Please ask for a new link."}
      </p>
      <SignInForm callbackUrl="/" />
    </div>
  );
}
