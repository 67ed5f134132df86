import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/audit-log";
import { firstFreeSlug, suggestSlug } from "@/lib/desk/slug";
import { notifyContentChanged } from "@/lib/content/content-changed";
import type { EpisodeForm } from "./episode-schema";

// Episodes as the desk sees them: every status, with what an editor needs to decide what to do
// next. Readers' queries live in lib/content/podcasts.ts and only ever see published episodes.

export async function listDeskEpisodes() {
  return db.podcastEpisode.findMany({
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      publishedAt: true,
      scheduledFor: true,
      durationSeconds: true,
      audioUrl: true,
      transcript: { select: { access: true, _count: { select: { segments: true } } } },
    },
  });
}

export async function getDeskEpisode(id: string) {
  return db.podcastEpisode.findUnique({
    where: { id },
    include: { transcript: { select: { access: true, updatedAt: true, _count: { select: { segments: true } } } } },
  });
}

/** The number the next episode most likely gets. */
export async function suggestNextEpisodeNumber(): Promise<number> {
  const { _max } = await db.podcastEpisode.aggregate({ _max: { number: true } });
  return (_max.number ?? 0) + 1;
}

export type EpisodeSaveOutcome =
  { ok: true; id: string } | { ok: false; fieldErrors: Record<string, string[]> } | { ok: false; missing: true };

const FIELDS = ["number", "title", "slug", "summary", "season", "episodeType", "explicit"] as const;

/** Creates a draft episode (no audio yet) or saves one's details; a published episode's change reaches readers at once. */
export async function saveEpisodeDetails(actorId: string, id: string | null, form: EpisodeForm): Promise<EpisodeSaveOutcome> {
  const taken = await takenFields(id, form);
  if (taken) return { ok: false, fieldErrors: taken };
  const slug = form.slug || (await firstFreeSlug(suggestSlug(form.title, `episode-${form.number}`), (s) => slugTaken(id, s)));
  const data = { ...form, slug };
  try {
    return await db.$transaction(async (tx) => {
      const before = id ? await tx.podcastEpisode.findUnique({ where: { id }, select: { ...pick(FIELDS), status: true } }) : null;
      if (id && !before) return { ok: false, missing: true } as const;
      const saved = id
        ? await tx.podcastEpisode.update({ where: { id }, data })
        : await tx.podcastEpisode.create({ data: { ...data, status: "DRAFT" } });
      await recordAudit(tx, {
        actorId,
        action: id ? "episode.update" : "episode.create",
        subject: `PodcastEpisode:${saved.id}`,
        before: before ? { ...before } : null,
        after: data,
      });
      if (before?.status === "PUBLISHED") await notifyContentChanged(tx, { kind: "episode", id: saved.id });
      return { ok: true, id: saved.id } as const;
    });
  } catch (error) {
    // Another editor took the number or address between our check and the write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, fieldErrors: (await takenFields(id, data)) ?? { number: ["That number or address was just taken; try again."] } };
    }
    throw error;
  }
}

async function takenFields(id: string | null, form: { number: number; slug: string }): Promise<Record<string, string[]> | null> {
  const notSelf = id ? { NOT: { id } } : {};
  const [number, slug] = await Promise.all([
    db.podcastEpisode.findFirst({ where: { number: form.number, ...notSelf }, select: { title: true } }),
    form.slug ? slugTaken(id, form.slug) : false,
  ]);
  const errors: Record<string, string[]> = {};
  if (number) errors.number = [`Episode ${form.number} already exists (“${number.title}”).`];
  if (slug) errors.slug = ["Another episode already has this address."];
  return Object.keys(errors).length > 0 ? errors : null;
}

async function slugTaken(id: string | null, slug: string): Promise<boolean> {
  return Boolean(await db.podcastEpisode.findFirst({ where: { slug, ...(id ? { NOT: { id } } : {}) }, select: { id: true } }));
}

function pick<K extends string>(keys: readonly K[]): Record<K, true> {
  return Object.fromEntries(keys.map((key) => [key, true])) as Record<K, true>;
}

/** The names speaking in an episode's transcript, alphabetically. */
export async function listTranscriptSpeakers(episodeId: string): Promise<string[]> {
  const segments = await db.transcriptSegment.findMany({
    where: { transcript: { episodeId } },
    select: { speaker: true },
    distinct: ["speaker"],
    orderBy: { speaker: "asc" },
  });
  return segments.map((segment) => segment.speaker);
}

/** The transcript's segments for the editor's table, with the version the table will be saved against. */
export async function getTranscriptForEditing(episodeId: string) {
  return db.transcript.findUnique({
    where: { episodeId },
    select: {
      updatedAt: true,
      segments: { orderBy: { position: "asc" }, select: { startMs: true, endMs: true, speaker: true, text: true } },
    },
  });
}
