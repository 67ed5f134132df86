import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteDraft } from "@/lib/desk/articles/delete-draft";
import { restoreRevision } from "@/lib/desk/articles/restore-revision";
import { saveArticle } from "@/lib/desk/articles/save-article";
import { stopJobs } from "../../support/jobs";
import { articleFields, expectOutcome, listenForContentChanges, newArticleId, newDesk, newEditor, saved } from "./support";

afterAll(async () => {
  await stopJobs();
  await db.$disconnect();
});

describe("saving an article", () => {
  it("creates it on the first save and stores its rendered, sanitised HTML (body and teaser)", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const body = "One **bold** start.\n\nTwo <script>alert(1)</script> paragraphs.\n\nThree: [gated](javascript:alert(1)) text.";
    const article = await saved(editor.id, { articleId: id, baseVersion: 0, intent: "save", fields: articleFields(desk, { body }) });
    expect(article).toMatchObject({ id, version: 1, status: "DRAFT" });
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.bodyHtml).toContain("<strong>bold</strong>");
    expect(row.bodyHtml).toContain("Three:");
    expect(row.bodyHtml).not.toMatch(/<script|javascript:/);
    expect(row.teaserHtml).toContain("Two");
    expect(row.teaserHtml).not.toContain("Three");
    expect(row.updatedById).toBe(editor.id);

    const edited = await saved(editor.id, {
      articleId: id,
      baseVersion: 1,
      intent: "save",
      fields: articleFields(desk, { body: "New *text*." }),
    });
    expect(edited.version).toBe(2);
    expect((await db.article.findUniqueOrThrow({ where: { id } })).bodyHtml).toBe("<p>New <em>text</em>.</p>\n");
  });

  it("follows the title with its slug, numbering it when the slug is taken", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const title = `Порты Южной Африки ${Date.now()}`;
    const first = await saved(editor.id, {
      articleId: newArticleId(),
      baseVersion: 0,
      intent: "save",
      fields: articleFields(desk, { title }),
    });
    const second = await saved(editor.id, {
      articleId: newArticleId(),
      baseVersion: 0,
      intent: "save",
      fields: articleFields(desk, { title }),
    });
    expect(first.slug).toMatch(/^porty-yuzhnoy-afriki-\d+$/);
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("refuses a slug another article has, naming that article", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const taken = await saved(editor.id, { articleId: newArticleId(), baseVersion: 0, intent: "save", fields: articleFields(desk) });
    const outcome = await saveArticle(editor.id, {
      articleId: newArticleId(),
      baseVersion: 0,
      intent: "save",
      fields: articleFields(desk, { slug: taken.slug }),
    });
    expect(expectOutcome(outcome, "invalid").fieldErrors.slug?.[0]).toMatch(/belongs to “Ports and promises/);
  });

  it("keeps a revision with the full fields for every save, and a restore adds one without rewriting history", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const original = articleFields(desk, { title: "The first title", topics: ["a", "b"] });
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "save", fields: original });
    await saved(editor.id, { articleId: id, baseVersion: 1, intent: "autosave", fields: { ...original, title: "The second title" } });
    await saved(editor.id, {
      articleId: id,
      baseVersion: 2,
      intent: "save",
      fields: { ...original, title: "The third title", featured: true },
    });
    const first = await db.articleRevision.findUniqueOrThrow({ where: { articleId_version: { articleId: id, version: 1 } } });
    expect(first).toMatchObject({
      kind: "SAVE",
      title: "The first title",
      topics: ["a", "b"],
      authorIds: [desk.author.id],
      editorId: editor.id,
    });

    const restored = expectOutcome(await restoreRevision(editor.id, { articleId: id, revisionId: first.id, baseVersion: 3 }), "saved");
    expect(restored.article.version).toBe(4);
    const revisions = await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.kind, r.title])).toEqual([
      [1, "SAVE", "The first title"],
      [2, "AUTOSAVE", "The second title"],
      [3, "SAVE", "The third title"],
      [4, "RESTORE", "The first title"],
    ]);
    expect(revisions[3]!.restoredFrom).toBe(1);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "The first title", featured: false, version: 4 });
  });
});

describe("two editors, one article", () => {
  it("of saves made at once from the same version, exactly one wins; nothing of the others is written", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "save", fields: articleFields(desk) });
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        saveArticle(editor.id, { articleId: id, baseVersion: 1, intent: "save", fields: articleFields(desk, { title: `Title ${i}` }) }),
      ),
    );
    const winners = outcomes.filter((o) => o.kind === "saved");
    expect(winners).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === "conflict")).toHaveLength(5);
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(2);
    expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(2);
    const winnerTitle = (await db.articleRevision.findUniqueOrThrow({ where: { articleId_version: { articleId: id, version: 2 } } })).title;
    expect(row.title).toBe(winnerTitle);
  });

  it("tells the later editor who saved, when, and what they changed; never overwrites", async () => {
    const [anna, ben, desk] = await Promise.all([newEditor("Anna Editor"), newEditor("Ben Editor"), newDesk()]);
    const id = newArticleId();
    const start = articleFields(desk, { title: "Before", body: "The port opened in March." });
    await saved(anna.id, { articleId: id, baseVersion: 0, intent: "save", fields: start });
    // Both open version 1; Anna saves first.
    await saved(anna.id, { articleId: id, baseVersion: 1, intent: "save", fields: { ...start, body: "The port closed in March." } });
    const outcome = await saveArticle(ben.id, {
      articleId: id,
      baseVersion: 1,
      intent: "save",
      fields: { ...start, title: "Ben's title" },
    });
    const { conflict } = expectOutcome(outcome, "conflict");
    expect(conflict.message).toMatch(/^Anna Editor saved this article at \w{3} \d+, \d{4}, \d\d:\d\d /);
    expect(conflict).toMatchObject({ version: 2, comparedWith: "base" });
    expect(conflict.changes).toEqual([
      expect.objectContaining({
        field: "body",
        parts: [
          { value: "The port ", change: "same" },
          { value: "opened", change: "removed" },
          { value: "closed", change: "added" },
          { value: " in March.", change: "same" },
        ],
      }),
    ]);
    expect(await db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Before", body: "The port closed in March." });
    // An autosave from the old version is refused the same way.
    expectOutcome(
      await saveArticle(ben.id, { articleId: id, baseVersion: 1, intent: "autosave", fields: { ...start, title: "x" } }),
      "conflict",
    );
  });

  it("a second create of the same new article is a conflict, not a second article", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const [a, b] = await Promise.all([
      saveArticle(editor.id, { articleId: id, baseVersion: 0, intent: "autosave", fields: articleFields(desk) }),
      saveArticle(editor.id, { articleId: id, baseVersion: 0, intent: "autosave", fields: articleFields(desk) }),
    ]);
    expect([a.kind, b.kind].sort()).toEqual(["conflict", "saved"]);
    expect(await db.article.count({ where: { id } })).toBe(1);
  });
});

describe("what readers see changes only through publishing", () => {
  it("notifies caches and logs the action on publish, edits of a live article and unpublish; not for drafts", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const listener = await listenForContentChanges();
    try {
      const id = newArticleId();
      const fields = articleFields(desk);
      await saved(editor.id, { articleId: id, baseVersion: 0, intent: "save", fields });
      await saved(editor.id, { articleId: id, baseVersion: 1, intent: "autosave", fields: { ...fields, dek: "Another." } });
      expect(await listener.flush()).not.toContainEqual({ kind: "article", id });

      await saved(editor.id, { articleId: id, baseVersion: 2, intent: "publish", fields });
      await saved(editor.id, { articleId: id, baseVersion: 3, intent: "save", fields: { ...fields, dek: "Corrected." } });
      expectOutcome(await saveArticle(editor.id, { articleId: id, baseVersion: 4, intent: "autosave", fields }), "invalid");
      await saved(editor.id, { articleId: id, baseVersion: 4, intent: "unpublish", fields });
      expect((await listener.flush()).filter((change) => change.id === id)).toHaveLength(3);
      const audit = await db.auditLog.findMany({ where: { subject: `article:${id}` }, orderBy: { createdAt: "asc" } });
      expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
        ["article.publish", editor.id],
        ["article.edit-live", editor.id],
        ["article.unpublish", editor.id],
      ]);
      expect(audit[0]).toMatchObject({ before: { status: "DRAFT" }, after: { status: "PUBLISHED" } });
    } finally {
      await listener.close();
    }
  });

  it("refuses to publish what readers can't use: no standfirst, no text, no author; an image without a description", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    const outcome = await saveArticle(editor.id, {
      articleId: id,
      baseVersion: 0,
      intent: "publish",
      fields: articleFields(desk, { dek: "", body: "", authorIds: [] }),
    });
    expect(Object.keys(expectOutcome(outcome, "invalid").fieldErrors).sort()).toEqual(["authorIds", "body", "dek"]);
    const image = await db.image.create({ data: { key: `images/${id}.png`, contentType: "image/png", width: 1, height: 1, bytes: 1 } });
    const noAlt = await saveArticle(editor.id, {
      articleId: id,
      baseVersion: 0,
      intent: "save",
      fields: articleFields(desk, { heroImageId: image.id, heroImageAlt: "" }),
    });
    expect(expectOutcome(noAlt, "invalid").fieldErrors).toHaveProperty("heroImageAlt");
    const gone = await saveArticle(editor.id, {
      articleId: id,
      baseVersion: 0,
      intent: "save",
      fields: articleFields(desk, { authorIds: ["clxnosuchauthor0000"], sectionId: "clxnosuchsection000" }),
    });
    expect(Object.keys(expectOutcome(gone, "invalid").fieldErrors).sort()).toEqual(["authorIds", "sectionId"]);
    expect(await db.article.count({ where: { id } })).toBe(0);
  });
});

describe("deleting", () => {
  it("deletes a never-published draft (with its history) only from its current version", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "save", fields: articleFields(desk) });
    await saved(editor.id, { articleId: id, baseVersion: 1, intent: "save", fields: articleFields(desk) });
    expect(await deleteDraft(editor.id, id, 1)).toBe("changed");
    expect(await deleteDraft(editor.id, id, 2)).toBe("deleted");
    expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(0);
    expect(await deleteDraft(editor.id, id, 2)).toBe("missing");
  });

  it("refuses to delete an article readers have seen", async () => {
    const [editor, desk] = await Promise.all([newEditor(), newDesk()]);
    const id = newArticleId();
    await saved(editor.id, { articleId: id, baseVersion: 0, intent: "publish", fields: articleFields(desk) });
    await saved(editor.id, { articleId: id, baseVersion: 1, intent: "unpublish", fields: articleFields(desk) });
    expect(await deleteDraft(editor.id, id, 2)).toBe("not-a-draft");
  });
});
