import crypto from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSection, deleteSection, listSectionsWithCounts, moveSection, renameSection } from "@/lib/settings/sections-admin";
import { newPerson } from "../people/support";
import { listenForContentChanges } from "./listen";

const unique = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
let listener: Awaited<ReturnType<typeof listenForContentChanges>>;
beforeEach(async () => {
  listener = await listenForContentChanges();
});
afterEach(() => listener.close());
afterAll(() => db.$disconnect());

async function sectionBySlug(slug: string) {
  return db.section.findUniqueOrThrow({ where: { slug } });
}

describe("sections from the desk", () => {
  it("are added at the end, with a unique slug", async () => {
    const admin = await newPerson("ADMIN");
    const slug = unique("east-africa");
    expect(await createSection(admin.id, { label: "East Africa", slug })).toEqual({ ok: true });
    expect(await createSection(admin.id, { label: "Again", slug })).toEqual({ ok: false, error: "slug-taken" });
    const sections = await listSectionsWithCounts();
    expect(sections.at(-1)).toMatchObject({ slug, label: "East Africa" });
    const created = await sectionBySlug(slug);
    expect(await db.auditLog.findFirst({ where: { subject: `section:${created.id}` } })).toMatchObject({
      action: "section.create",
      after: { label: "East Africa", slug },
    });
    expect(await listener.waitFor(1)).toEqual([{ kind: "section", id: created.id }]);
  });

  it("are renamed without changing their slug, and moved", async () => {
    const admin = await newPerson("ADMIN");
    const [a, b] = [unique("a"), unique("b")];
    await createSection(admin.id, { label: "A", slug: a });
    await createSection(admin.id, { label: "B", slug: b });
    const section = await sectionBySlug(b);
    expect(await renameSection(admin.id, { id: section.id, label: "Bee" })).toEqual({ ok: true });
    expect(await sectionBySlug(b)).toMatchObject({ label: "Bee", slug: b });
    await moveSection(admin.id, { id: section.id, direction: "up" });
    const order = (await listSectionsWithCounts()).map((s) => s.slug);
    expect(order.indexOf(b)).toBe(order.indexOf(a) - 1);
    expect(new Set((await db.section.findMany()).map((s) => s.position)).size).toBe(order.length);
  });

  it("keep a consistent order when moved by two admins at once", async () => {
    const admin = await newPerson("ADMIN");
    const slugs = [unique("x"), unique("y"), unique("z")];
    for (const slug of slugs) await createSection(admin.id, { label: slug, slug });
    const ids = await Promise.all(slugs.map(async (slug) => (await sectionBySlug(slug)).id));
    await Promise.all([moveSection(admin.id, { id: ids[2]!, direction: "up" }), moveSection(admin.id, { id: ids[0]!, direction: "down" })]);
    const positions = (await db.section.findMany({ orderBy: { position: "asc" } })).map((s) => s.position);
    expect(positions).toEqual(positions.map((_, i) => i + 1));
  });

  it("are deleted only when empty", async () => {
    const admin = await newPerson("ADMIN");
    const [empty, full] = [unique("empty"), unique("full")];
    await createSection(admin.id, { label: "Empty", slug: empty });
    await createSection(admin.id, { label: "Full", slug: full });
    const fullSection = await sectionBySlug(full);
    await db.article.create({ data: { slug: unique("article"), title: "T", dek: "D", body: "B", sectionId: fullSection.id } });
    expect(await deleteSection(admin.id, { id: fullSection.id })).toEqual({ ok: false, error: "not-empty" });
    expect(await db.auditLog.count({ where: { action: "section.delete", subject: `section:${fullSection.id}` } })).toBe(0);
    const emptySection = await sectionBySlug(empty);
    expect(await deleteSection(admin.id, { id: emptySection.id })).toEqual({ ok: true });
    expect(await db.section.findUnique({ where: { slug: empty } })).toBeNull();
    expect(await deleteSection(admin.id, { id: emptySection.id })).toEqual({ ok: false, error: "no-such-section" });
  });
});
