import type { PrismaClient } from "@prisma/client";
import { generateDemoAudio } from "@/lib/content/demo-audio";
import { getObject, putObject } from "@/lib/storage/object-storage";
import { authors } from "./content/authors";
import { articles } from "./content/articles";
import { episodes } from "./content/episodes";
import { plans } from "./content/plans";

// Seeds the demo publication. Safe to run on every start: each record is created only when
// missing (matched by its slug or number) and never overwritten, so editors' changes survive.

export async function seedDemo(db: PrismaClient): Promise<void> {
  for (const plan of plans) {
    await db.plan.upsert({ where: { slug: plan.slug }, update: {}, create: plan });
  }
  for (const author of authors) {
    await db.author.upsert({ where: { slug: author.slug }, update: {}, create: author });
  }
  for (const { authorSlugs, publishedAt, ...article } of articles) {
    await db.article.upsert({
      where: { slug: article.slug },
      update: {},
      create: {
        ...article,
        publishedAt: new Date(publishedAt),
        authors: { connect: authorSlugs.map((slug) => ({ slug })) },
      },
    });
  }
  for (const episode of episodes) {
    const audioKey = `podcasts/episode-${episode.number}.wav`;
    if (!getObject(audioKey)) putObject(audioKey, generateDemoAudio(episode.durationSeconds, 180 + 40 * episode.number));
    await db.podcastEpisode.upsert({
      where: { number: episode.number },
      update: {},
      create: {
        number: episode.number,
        slug: episode.slug,
        title: episode.title,
        summary: episode.summary,
        audioUrl: `/media/${audioKey}`,
        audioBytes: getObject(audioKey)?.size ?? 0,
        durationSeconds: episode.durationSeconds,
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
