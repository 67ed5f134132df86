import type { BriefStory } from "./brief-content";

// The small line under a story's headline that says where it leads: "Reuters · in Spanish" or
// "Our analysis · for subscribers". Shared by the email, the archive and the stream. Pure.

/** "Spanish" for "es" when the publication writes in another language; null when it is the same. */
export function languageName(tag: string | null, publicationLanguage: string): string | null {
  if (!tag) return null;
  const primary = (t: string) => t.toLowerCase().split("-")[0];
  if (primary(tag) === primary(publicationLanguage)) return null;
  try {
    return new Intl.DisplayNames([publicationLanguage, "en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export function storySource(
  story: Pick<BriefStory, "sourceName" | "language" | "access">,
  publication: { name: string; language: string },
): string {
  if (!story.sourceName)
    return story.access === "SUBSCRIBER" ? `${publication.name} analysis · for subscribers` : `${publication.name} analysis`;
  const language = languageName(story.language, publication.language);
  return language ? `${story.sourceName} · in ${language}` : story.sourceName;
}
