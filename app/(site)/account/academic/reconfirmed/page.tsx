import type { Metadata } from "next";

export const metadata: Metadata = { title: "Academic address", robots: { index: false } };

export default async function ReconfirmedPage({ searchParams }: { searchParams: Promise<{ invalid?: string }> }) {
  const { invalid } = await searchParams;
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="font-serif text-3xl font-bold">{invalid ? "This link no longer works" : "Thank you — your discount continues"}</h1>
      <p className="mt-4">
        {invalid
          ? "The link has already been used, or the discount has ended. You can add your academic address again on your account page."
          : "Your academic address is confirmed for another year."}
      </p>
      <p className="mt-4">
        <a href="/account" className="underline">
          Go to your account
        </a>
      </p>
    </div>
  );
}
