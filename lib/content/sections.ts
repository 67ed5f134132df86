import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

// The publication's sections (the demo's are world regions), in navigation order. Editors
// manage them, so nothing here knows which sections exist.

export interface SectionSummary {
  slug: string;
  label: string;
}

/** Every section, in the order editors gave them. Cached for the request. */
export const listSections = cache((): Promise<SectionSummary[]> =>
  db.section.findMany({ select: { slug: true, label: true }, orderBy: [{ position: "asc" }, { label: "asc" }] }),
);
