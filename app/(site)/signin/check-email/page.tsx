import type { Metadata } from "next";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="font-serif text-3xl font-bold">Check your email</h1>
      <p className="mt-4">
        If that address can receive email, a sign-in link is on its way. It works once and expires in 24 hours. You can close this tab.
      </p>
    </div>
  );
}
