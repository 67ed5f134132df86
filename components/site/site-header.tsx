import Link from "next/link";
import { getSessionUser } from "@/lib/viewer";
import { getPublication } from "@/lib/publication";

export async function SiteHeader() {
  const user = await getSessionUser();
  const publication = await getPublication();
  return (
    <header className="border-b-2 border-accent bg-paper">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-serif text-2xl font-bold tracking-tight">
          {publication.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-4 text-sm font-medium">
            <li>
              <Link href="/articles" className="hover:underline">
                Analysis
              </Link>
            </li>
            <li>
              <Link href="/podcasts" className="hover:underline">
                Podcast
              </Link>
            </li>
            <li>
              <Link href="/pricing" className="hover:underline">
                Subscribe
              </Link>
            </li>
            <li>
              {user ? (
                <Link href="/account" className="rounded border border-ink px-3 py-1 hover:bg-ink hover:text-paper">
                  Account
                </Link>
              ) : (
                <Link href="/signin" className="rounded border border-ink px-3 py-1 hover:bg-ink hover:text-paper">
                  Sign in
                </Link>
              )}
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
