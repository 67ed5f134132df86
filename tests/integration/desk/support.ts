import crypto from "node:crypto";
import { db } from "@/lib/db";

// Records the desk tests start from, written straight to the test database.

export async function createEditor() {
  return db.user.create({ data: { email: `editor-${crypto.randomUUID()}@example.org`, role: "EDITOR" } });
}

let nextNumber = 1000;

export async function createEpisode(data: { audio?: boolean; durationSeconds?: number } = {}) {
  const number = nextNumber++;
  return db.podcastEpisode.create({
    data: {
      number,
      slug: `episode-${number}-${crypto.randomUUID().slice(0, 8)}`,
      title: `Episode ${number}`,
      summary: "A test episode.",
      ...(data.audio === false ? {} : { audioUrl: `/media/podcasts/fixture-${number}.mp3`, audioType: "audio/mpeg", audioBytes: 1000 }),
      durationSeconds: data.durationSeconds ?? 600,
    },
  });
}

export async function segmentsOf(episodeId: string) {
  return db.transcriptSegment.findMany({
    where: { transcript: { episodeId } },
    orderBy: { position: "asc" },
    select: { startMs: true, endMs: true, speaker: true, text: true },
  });
}

export async function auditActions(subject: string): Promise<string[]> {
  const rows = await db.auditLog.findMany({ where: { subject }, orderBy: { createdAt: "asc" }, select: { action: true } });
  return rows.map((row) => row.action);
}
