import { requestSignInLink } from "@/app/(site)/signin/actions";

// A plain form posting to a server action: works without client JavaScript.
export function SignInForm({ callbackUrl, email = "" }: { callbackUrl: string; email?: string }) {
  return (
    <form action={requestSignInLink} className="mt-6 space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block font-semibold">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={email}
          className="mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2"
        />
      </div>
      <button type="submit" className="rounded bg-accent px-5 py-2.5 font-semibold text-white hover:bg-red-900">
        Email me a sign-in link
      </button>
    </form>
  );
}
