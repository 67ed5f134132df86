import { storySource } from "@/lib/briefs/story-source";
import type { BriefStory } from "@/lib/briefs/brief-content";

// A brief as a web page (the archive and the desk's preview). Headlines are always shown; the
// intro and summaries only when the caller passes them, i.e. when the reader may read them.

interface Props {
  dateLabel: string;
  publication: { name: string; language: string };
  stories: Array<Pick<BriefStory, "headline" | "href" | "sourceName" | "language" | "access"> & { summary?: string }>;
  intro?: string[];
}

export function BriefView({ dateLabel, publication, stories, intro }: Props) {
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">The Daily Brief</p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{dateLabel}</h1>
      {intro?.map((paragraph, i) => (
        <p key={i} className="mt-4 text-lg">
          {paragraph}
        </p>
      ))}
      <ol className="mt-6">
        {stories.map((story, i) => (
          <li key={i} className="border-t border-neutral-300 py-4">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">{storySource(story, publication)}</p>
            <h2 className="mt-1 font-serif text-xl font-bold leading-snug" lang={story.language ?? undefined}>
              {story.href ? (
                <a href={story.href} className="hover:underline">
                  {story.headline}
                </a>
              ) : (
                story.headline
              )}
            </h2>
            {story.summary !== undefined && <p className="mt-1">{story.summary}</p>}
          </li>
        ))}
      </ol>
    </article>
  );
}
