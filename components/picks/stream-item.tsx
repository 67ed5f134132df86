import { AccessBadge } from "@/components/article/access-badge";
import { storySource } from "@/lib/briefs/story-source";
import type { StreamPick } from "@/lib/picks/picks";
import { formatStreamTime } from "@/lib/picks/stream-time";

// One pick in the stream: where it leads, the headline as a link, the summary in our words.
export function StreamItem({ pick, publication }: { pick: StreamPick; publication: { name: string; language: string; timeZone: string } }) {
  const href = pick.article ? `/articles/${pick.article.slug}` : pick.url!;
  const external = !pick.article;
  return (
    <article className="border-t border-neutral-300 py-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-accent">
        {pick.section ? `${pick.section.label} · ` : ""}
        {storySource({ sourceName: pick.sourceName, language: pick.language, access: null }, publication)}
        {pick.article && <AccessBadge access={pick.article.access} />}
      </p>
      <h3 className="mt-1 font-serif text-lg font-bold leading-snug" lang={pick.language ?? undefined}>
        <a href={href} className="hover:underline" {...(external ? { rel: "noopener noreferrer external" } : {})}>
          {pick.headline}
        </a>
      </h3>
      <p className="mt-1">{pick.summary}</p>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={pick.createdAt.toISOString()}>{formatStreamTime(pick.createdAt, publication.timeZone)}</time>
      </p>
    </article>
  );
}
