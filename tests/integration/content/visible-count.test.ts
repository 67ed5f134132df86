import { afterAll, describe, expect, it } from "vitest";
import { noteContentChanged } from "@/lib/content/published-cache";
import { countVisible } from "@/lib/content/visible-count";
import { db } from "@/lib/db";

// The archive's count (/articles' "Page N of M", the sitemap index's files) is kept instead of
// counted per request: until a content-change notice, and a minute at most.

const TAG = `visible-count-${Date.now()}`;
let made = 0;

async function publishArticle(status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const section = await db.section.upsert({ where: { slug: TAG }, create: { slug: TAG, label: "Counted", position: 991 }, update: {} });
  made++;
  await db.article.create({
    data: {
      slug: `${TAG}-${made}`,
      title: `Counted ${made}`,
      dek: "",
      body: "Text.",
      bodyHtml: "<p>Text.</p>",
      teaserHtml: "<p>Text.</p>",
      sectionId: section.id,
      status,
      publishedAt: status === "PUBLISHED" ? new Date(Date.now() - 1000) : null,
    },
  });
}

afterAll(async () => {
  await db.article.deleteMany({ where: { slug: { startsWith: TAG } } });
  await db.section.deleteMany({ where: { slug: TAG } });
  await db.$disconnect();
});

describe("the count of visible articles", () => {
  it("is kept until a content-change notice or for a minute, and counts only what readers see", async () => {
    await publishArticle();
    const t0 = Date.now();
    const first = await countVisible("articles", t0);
    expect(first).toBe(await db.article.count({ where: { status: "PUBLISHED", publishedAt: { lte: new Date() } } }));

    await publishArticle();
    await publishArticle("DRAFT");
    expect(await countVisible("articles", t0 + 30_000), "kept within the minute").toBe(first);
    expect(await countVisible("articles", t0 + 61_000), "counted again after it").toBe(first + 1);

    await publishArticle();
    noteContentChanged();
    expect(await countVisible("articles", t0 + 62_000), "counted again after a notice").toBe(first + 2);
  });
});
