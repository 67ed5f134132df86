import Link from "next/link";

/** The body of every 404: a heading and the ways back into the site. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">We could not find that page. It may have moved, or the link may be mistyped.</p>
      <ul className="mt-6 list-disc pl-6">
        <li>
          <Link href="/" className="underline">
            Front page
          </Link>
        </li>
        <li>
          <Link href="/articles" className="underline">
            All analysis
          </Link>
        </li>
        <li>
          <Link href="/podcasts" className="underline">
            Podcast
          </Link>
        </li>
      </ul>
    </div>
  );
}
