import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

// An author as readers see them: name, place, photo and bio (plain text, rendered by React).
// Their articles come from listArticles({ authorSlug }), which applies the visibility rule.

export const getAuthorProfile = cache(async (slug: string) =>
  db.author.findUnique({ where: { slug }, select: { slug: true, name: true, location: true, bio: true, photoUrl: true } }),
);

/** A bio's paragraphs (the desk stores them separated by blank lines). */
export function bioParagraphs(bio: string): string[] {
  return bio.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== "");
}
