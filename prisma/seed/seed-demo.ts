import type { Prisma } from "@prisma/client";
import { renderArticleHtml } from "@/lib/content/article-html";
import { demoAudioKey, storeDemoAudio } from "./demo-audio-store";
import { articles } from "./content/articles";
import { authors } from "./content/authors";
import { episodes } from "./content/episodes";
import { sections } from "./content/sections";

// The demo publication's content: sections, authors, articles and podcast episodes with
// transcripts and generated MP3 audio. Only ever written into an empty database, once
// (set-up-publication.ts decides), so it creates rather than updates.

export async function seedDemoContent(tx: Prisma.TransactionClient): Promise<void> {
  await tx.section.createMany({ data: sections.map((section, index) => ({ ...section, position: index + 1 })) });
  await tx.author.createMany({ data: authors });
  for (const { authorSlugs, publishedAt, section, ...article } of articles) {
    await tx.article.create({
      data: {
        ...article,
        ...renderArticleHtml(article.body),
        status: "PUBLISHED",
        publishedAt: new Date(publishedAt),
        section: { connect: { slug: section } },
        authors: { connect: authorSlugs.map((slug) => ({ slug })) },
      },
    });
  }
  for (const episode of episodes) {
    const audio = await storeDemoAudio(episode);
    await tx.podcastEpisode.create({
      data: {
        number: episode.number,
        slug: episode.slug,
        title: episode.title,
        summary: episode.summary,
        audioUrl: `/media/${demoAudioKey(episode.number)}`,
        audioType: "audio/mpeg",
        audioBytes: audio.size,
        durationSeconds: episode.durationSeconds,
        status: "PUBLISHED",
        publishedAt: new Date(episode.publishedAt),
        transcript: {
          create: {
            access: episode.transcriptAccess,
            segments: { create: episode.segments.map((segment, position) => ({ ...segment, position })) },
          },
        },
      },
    });
  }
}
