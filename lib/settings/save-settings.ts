import "server-only";
import type { z } from "zod";
import { recordAudit, type AuditValues } from "@/lib/audit/audit-log";
import { notifyContentChanged } from "@/lib/content/content-changed";
import { db } from "@/lib/db";
import { forgetCachedSettings, SETTINGS_ROW_ID } from "./get-settings";
import { settingsSchema, type PublicationSettings } from "./publication-settings";

// The write side of the publication's settings: validated, stored, audit-logged and announced
// (notifyContentChanged) in one transaction. This process sees the change at once, other app
// instances within SETTINGS_CACHE_TTL_MS.

export type SaveSettingsResult = { ok: true; settings: PublicationSettings } | { ok: false; error: z.ZodError };

/** The fields whose values differ, before and after, for the audit log. */
function changedFields(before: Partial<PublicationSettings>, after: PublicationSettings): { before: AuditValues; after: AuditValues } {
  const was: AuditValues = {};
  const now: AuditValues = {};
  for (const key of Object.keys(after) as Array<keyof PublicationSettings>) {
    if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key])) continue;
    was[key] = (before[key] ?? null) as AuditValues[string];
    now[key] = after[key] as AuditValues[string];
  }
  return { before: was, after: now };
}

/** Validates and stores the settings; `actorId` is the admin (null for scripts such as the seed). */
export async function saveSettings(input: unknown, actorId: string | null = null): Promise<SaveSettingsResult> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error };
  const settings = parsed.data;
  await db.$transaction(async (tx) => {
    const row = await tx.publicationSettings.findUnique({ where: { id: SETTINGS_ROW_ID } });
    const current: Partial<PublicationSettings> = row ? { ...row, socialLinks: row.socialLinks as PublicationSettings["socialLinks"] } : {};
    await tx.publicationSettings.upsert({ where: { id: SETTINGS_ROW_ID }, create: { id: SETTINGS_ROW_ID, ...settings }, update: settings });
    const changes = changedFields(current, settings);
    if (Object.keys(changes.after).length > 0) {
      await recordAudit(tx, { actorId, action: "settings.update", subject: "settings", ...changes });
      await notifyContentChanged(tx, { kind: "settings" });
    }
  });
  forgetCachedSettings();
  return { ok: true, settings };
}
