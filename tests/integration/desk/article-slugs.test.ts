import { afterAll, describe, expect, it } from "vitest";
import { findMovedArticleSlug } from "@/lib/content/article-slugs";
import { db } from "@/lib/db";
import { saveArticle } from "@/lib/desk/articles/save-article";
import { stopJobs } from "../../support/jobs";
import { articleFields, expectOutcome, newArticleId, newDesk, newEditor, saved, unique } from "./support";

afterAll(async () => {
  await stopJobs();
  await db.$disconnect();
});

describe("an article's addresses", () => {
  it("after a published article's slug changes, the old one leads to the new one, and no other article can take it", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const oldSlug = unique("old-address");
    const newSlug = unique("new-address");
    const fields = articleFields(desk, { slug: oldSlug });
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "publish", fields });
    await saved(editor.id, { articleId: id, baseVersion: 1, intent: "save", fields: { ...fields, slug: newSlug } });
    expect(await findMovedArticleSlug(oldSlug)).toBe(newSlug);
    expect(await findMovedArticleSlug(newSlug)).toBeNull();

    const other = await saveArticle(editor.id, {
      articleId: newArticleId(),
      baseVersion: 0,
      intent: "save",
      fields: articleFields(desk, { slug: oldSlug }),
    });
    expect(expectOutcome(other, "invalid").fieldErrors.slug?.[0]).toContain("belongs to");

    // It may go back to its old address; the newer one then redirects too.
    await saved(editor.id, { articleId: id, baseVersion: 2, intent: "save", fields: { ...fields, slug: oldSlug } });
    expect(await findMovedArticleSlug(newSlug)).toBe(oldSlug);
    expect(await findMovedArticleSlug(oldSlug)).toBeNull();
  });

  it("redirects nowhere while the article is unpublished", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const fields = articleFields(desk, { slug: unique("was-here") });
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "publish", fields });
    await saved(editor.id, { articleId: id, baseVersion: 1, intent: "unpublish", fields: { ...fields, slug: unique("moved") } });
    expect(await findMovedArticleSlug(fields.slug)).toBeNull();
  });

  it("a draft that was never published frees its old slug for others", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const first = unique("draft-address");
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "save", fields: articleFields(desk, { slug: first }) });
    await saved(editor.id, { articleId: id, baseVersion: 1, intent: "save", fields: articleFields(desk, { slug: unique("renamed") }) });
    await saved(editor.id, { articleId: newArticleId(), baseVersion: 0, intent: "save", fields: articleFields(desk, { slug: first }) });
    expect(await findMovedArticleSlug(first)).toBeNull();
  });

  it("of two articles claiming one slug at the same moment, one gets it", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const slug = unique("contested");
    const outcomes = await Promise.all(
      Array.from({ length: 4 }, () =>
        saveArticle(editor.id, { articleId: newArticleId(), baseVersion: 0, intent: "save", fields: articleFields(desk, { slug }) }),
      ),
    );
    expect(outcomes.filter((o) => o.kind === "saved")).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "invalid")).toHaveLength(3);
    expect(await db.article.count({ where: { slug } })).toBe(1);
  });

  it("a seeded article's slug (claimed by the migration or by nobody) is still its own", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const slug = unique("seeded");
    await db.article.create({
      data: { slug, title: "Seeded", dek: "d", body: "b", sectionId: desk.section.id, status: "PUBLISHED", publishedAt: new Date() },
    });
    const outcome = await saveArticle(editor.id, {
      articleId: newArticleId(),
      baseVersion: 0,
      intent: "save",
      fields: articleFields(desk, { slug }),
    });
    expect(expectOutcome(outcome, "invalid").fieldErrors.slug?.[0]).toContain("Choose another");
  });
});
