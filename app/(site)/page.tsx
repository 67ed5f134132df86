import { ArticleCard } from "@/components/article/article-card";
import { LatestPicks } from "@/components/picks/latest-picks";
import { getLeadStory, latestArticles } from "@/lib/content/articles";
import { listEpisodes } from "@/lib/content/podcasts";
import { formatDate, formatDuration } from "@/lib/format";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [lead, latest, episodes] = await Promise.all([getLeadStory(), latestArticles(7), listEpisodes(1)]);
  const others = latest.filter((a) => a.id !== lead?.id).slice(0, 6);
  const episode = episodes[0];
  return (
    <div className="grid gap-10 md:grid-cols-3">
      <div className="md:col-span-2">
        {lead && (
          <section aria-labelledby="lead-heading" className="mb-8">
            <h2 id="lead-heading" className="sr-only">
              Lead story
            </h2>
            <p className="text-xs font-semibold uppercase tracking-wide text-accent">{lead.section.label}</p>
            <h3 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">
              <a href={`/articles/${lead.slug}`} className="hover:underline">
                {lead.title}
              </a>
            </h3>
            <p className="mt-3 text-lg text-muted">{lead.dek}</p>
            <p className="mt-2 text-sm text-muted">
              {lead.authors.map((a) => a.name).join(" and ")} · {formatDate(lead.publishedAt)}
            </p>
          </section>
        )}
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="font-serif text-lg font-bold">
            Latest analysis
          </h2>
          {others.map((article) => (
            <ArticleCard key={article.id} article={article} />
          ))}
          <p className="mt-4">
            <a href="/articles" className="font-semibold underline">
              All analysis →
            </a>
          </p>
        </section>
      </div>
      <aside aria-labelledby="podcast-heading">
        <h2 id="podcast-heading" className="font-serif text-lg font-bold">
          Latest podcast
        </h2>
        {episode && (
          <div className="mt-3 border-t border-neutral-300 pt-4">
            <p className="text-sm text-muted">
              Episode {episode.number} · {formatDuration(episode.durationSeconds)}
            </p>
            <h3 className="mt-1 font-serif text-xl font-bold">
              <a href={`/podcasts/${episode.slug}`} className="hover:underline">
                {episode.title}
              </a>
            </h3>
            <p className="mt-2 text-muted">{episode.summary}</p>
          </div>
        )}
        <LatestPicks />
      </aside>
    </div>
  );
}
