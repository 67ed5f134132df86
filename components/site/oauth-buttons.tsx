"use client";

import { signIn } from "next-auth/react";

const LABELS = { google: "Continue with Google", github: "Continue with GitHub" } as const;

// Only rendered when a provider is configured; next-auth's client handles its CSRF token.
export function OAuthButtons({ providers, callbackUrl }: { providers: Array<keyof typeof LABELS>; callbackUrl: string }) {
  return (
    <div className="mt-6 space-y-2 border-t border-neutral-300 pt-6">
      {providers.map((id) => (
        <button
          key={id}
          type="button"
          onClick={() => signIn(id, { callbackUrl })}
          className="w-full rounded border border-ink px-4 py-2 font-semibold hover:bg-ink hover:text-paper"
        >
          {LABELS[id]}
        </button>
      ))}
    </div>
  );
}
