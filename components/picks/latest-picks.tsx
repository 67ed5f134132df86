import { listStream } from "@/lib/picks/picks";

// The home page's glimpse of the stream: the newest picks' headlines.
export async function LatestPicks() {
  const { items } = await listStream({ pageSize: 5 });
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="stream-heading" className="mt-10">
      <h2 id="stream-heading" className="font-serif text-lg font-bold">
        The stream
      </h2>
      <ul className="mt-3 space-y-3 border-t border-neutral-300 pt-3">
        {items.map((pick) => (
          <li key={pick.id} lang={pick.language ?? undefined}>
            <a href={pick.article ? `/articles/${pick.article.slug}` : pick.url!} className="font-semibold hover:underline">
              {pick.headline}
            </a>
            <span className="text-sm text-muted"> · {pick.article ? "our analysis" : pick.sourceName}</span>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <a href="/news" className="font-semibold underline">
          The whole stream →
        </a>
      </p>
    </section>
  );
}
