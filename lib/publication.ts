import "server-only";
import { getEnv } from "@/lib/env";
import { getSettings } from "@/lib/settings/get-settings";
import type { PublicationSettings } from "@/lib/settings/publication-settings";

export interface Publication extends PublicationSettings {
  /** Public URL of the site (from APP_URL, not a setting: it is where the app is deployed). */
  url: string;
}

/** The publication's identity, used by pages, feeds, JSON-LD and emails. */
export async function getPublication(): Promise<Publication> {
  return { ...(await getSettings()), url: getEnv().APP_URL };
}
