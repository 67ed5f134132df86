import { hasRole } from "@/lib/auth/roles";
import { getViewer } from "@/lib/viewer";
import { getPublication } from "@/lib/publication";

export async function SiteHeader() {
  // The viewer, not the full user: the page asks for the same one, so this costs no query.
  const viewer = await getViewer();
  const user = viewer.kind === "user" ? viewer : null;
  const publication = await getPublication();
  return (
    <header className="border-b-2 border-accent bg-paper">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href="/" className="flex items-center gap-2 font-serif text-2xl font-bold tracking-tight">
          {publication.logoUrl && (
            // An editor's logo from any host, at its own size: next/image would need each host configured.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={publication.logoUrl} alt="" className="h-8 w-auto" />
          )}
          {publication.name}
        </a>
        {/* A plain GET form: searching needs no script. */}
        <form action="/search" role="search" className="flex items-center gap-1">
          <label htmlFor="site-search" className="sr-only">
            Search {publication.name}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Search"
            className="w-36 rounded border border-neutral-400 bg-white px-2 py-1 text-sm"
          />
          <button type="submit" className="rounded border border-ink px-2 py-1 text-sm hover:bg-ink hover:text-paper">
            Search
          </button>
        </form>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-4 text-sm font-medium">
            <li>
              <a href="/articles" className="hover:underline">
                Analysis
              </a>
            </li>
            <li>
              <a href="/podcasts" className="hover:underline">
                Podcast
              </a>
            </li>
            <li>
              <a href="/pricing" className="hover:underline">
                Subscribe
              </a>
            </li>
            {user && hasRole(user.role, "EDITOR") && (
              <li>
                <a href="/admin" className="hover:underline">
                  Desk
                </a>
              </li>
            )}
            <li>
              {user ? (
                <a href="/account" className="rounded border border-ink px-3 py-1 hover:bg-ink hover:text-paper">
                  Account
                </a>
              ) : (
                <a href="/signin" className="rounded border border-ink px-3 py-1 hover:bg-ink hover:text-paper">
                  Sign in
                </a>
              )}
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
