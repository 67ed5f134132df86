/** The body of every 404: a heading and the ways back into the site. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl py-8">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">We could not find that page. It may have moved, or the link may be mistyped.</p>
      <ul className="mt-6 list-disc pl-6">
        <li>
          <a href="/" className="underline">
            Front page
          </a>
        </li>
        <li>
          <a href="/articles" className="underline">
            All analysis
          </a>
        </li>
        <li>
          <a href="/podcasts" className="underline">
            Podcast
          </a>
        </li>
      </ul>
    </div>
  );
}
