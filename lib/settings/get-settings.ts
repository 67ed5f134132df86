import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { SETTINGS_DEFAULTS, settingsSchema, type PublicationSettings } from "./publication-settings";

// The publication's settings live in one database row. Every page and email shows them, so
// each process keeps them for SETTINGS_CACHE_TTL_MS instead of asking the database per request:
// a change made on one instance shows on every instance within that time.

export const SETTINGS_CACHE_TTL_MS = 10_000;
const ROW_ID = 1;

let cached: { value: Promise<PublicationSettings>; expiresAt: number } | undefined;

async function loadSettings(): Promise<PublicationSettings> {
  const row = await db.publicationSettings.findUnique({ where: { id: ROW_ID } });
  // No row yet (the start script creates it): the name from the environment, nothing else.
  if (!row) return { name: getEnv().PUBLICATION_NAME, ...SETTINGS_DEFAULTS };
  const parsed = settingsSchema.safeParse(row);
  if (parsed.success) return parsed.data;
  // A hand-edited row must not take the site down: show the defaults and say why.
  console.error(`[settings] ignoring invalid publication settings: ${parsed.error.message}`);
  return { ...SETTINGS_DEFAULTS, name: row.name || getEnv().PUBLICATION_NAME };
}

/** The publication's settings, at most SETTINGS_CACHE_TTL_MS old. */
export function getSettings(): Promise<PublicationSettings> {
  const now = Date.now();
  if (!cached || cached.expiresAt <= now) {
    const value = loadSettings();
    const entry = { value, expiresAt: now + SETTINGS_CACHE_TTL_MS };
    cached = entry;
    // A failed read is not kept: the next request tries again.
    value.catch(() => {
      if (cached === entry) cached = undefined;
    });
  }
  return cached.value;
}

export type SaveSettingsResult = { ok: true; settings: PublicationSettings } | { ok: false; errors: Record<string, string> };

/** Validates and stores the settings; this process sees them at once, others within the TTL. */
export async function saveSettings(input: unknown): Promise<SaveSettingsResult> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".") || "settings"] ??= issue.message;
    return { ok: false, errors };
  }
  await db.publicationSettings.upsert({ where: { id: ROW_ID }, create: { id: ROW_ID, ...parsed.data }, update: parsed.data });
  cached = undefined;
  return { ok: true, settings: parsed.data };
}
