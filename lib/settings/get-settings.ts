import "server-only";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { SETTINGS_DEFAULTS, settingsSchema, type PublicationSettings } from "./publication-settings";

// The publication's settings live in one database row. Every page and email shows them, so
// each process keeps them for SETTINGS_CACHE_TTL_MS instead of asking the database per request:
// a change made on one instance shows on every instance within that time.

export const SETTINGS_CACHE_TTL_MS = 10_000;
export const SETTINGS_ROW_ID = 1;

let cached: { value: Promise<PublicationSettings>; expiresAt: number } | undefined;

async function loadSettings(): Promise<PublicationSettings> {
  const row = await db.publicationSettings.findUnique({ where: { id: SETTINGS_ROW_ID } });
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

/** Makes this process read the settings afresh (after it changed them); others wait out the TTL. */
export function forgetCachedSettings(): void {
  cached = undefined;
}
