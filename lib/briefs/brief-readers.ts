import "server-only";
import { db } from "@/lib/db";

/** How many readers take the brief, at the publication's time and at their own 6 AM. */
export async function countBriefReaders(): Promise<{ publication: number; local: number }> {
  const groups = await db.briefPreference.groupBy({ by: ["timing"], where: { enabled: true }, _count: true });
  const count = (timing: string) => groups.find((g) => g.timing === timing)?._count ?? 0;
  return { publication: count("PUBLICATION"), local: count("LOCAL") };
}
