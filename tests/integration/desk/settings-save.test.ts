import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";
import { saveSettings } from "@/lib/settings/save-settings";
import { newPerson } from "../people/support";
import { listenForContentChanges } from "./listen";

const valid = {
  name: "The Harbour Post",
  tagline: "Ports and the people in them",
  description: "",
  timeZone: "Africa/Nairobi",
  language: "en",
  logoUrl: null,
  socialLinks: [],
};

let listener: Awaited<ReturnType<typeof listenForContentChanges>>;
beforeEach(async () => {
  await db.publicationSettings.deleteMany();
  listener = await listenForContentChanges();
});
afterEach(() => listener.close());
afterAll(async () => {
  await db.publicationSettings.deleteMany();
  await db.$disconnect();
});

describe("saving the publication's settings from the desk", () => {
  it("stores them, records the changed fields only, and tells page caches after commit", async () => {
    const admin = await newPerson("ADMIN");
    await saveSettings(valid, admin.id);
    const result = await saveSettings(
      { ...valid, name: "The Harbour Times", socialLinks: [{ label: "Site", url: "https://x.example" }] },
      admin.id,
    );
    expect(result.ok).toBe(true);
    expect((await getSettings()).name).toBe("The Harbour Times");
    const [latest] = await db.auditLog.findMany({
      where: { action: "settings.update", actorId: admin.id },
      orderBy: { createdAt: "desc" },
    });
    expect(latest).toMatchObject({
      subject: "settings",
      before: { name: "The Harbour Post", socialLinks: [] },
      after: { name: "The Harbour Times", socialLinks: [{ label: "Site", url: "https://x.example" }] },
    });
    expect(Object.keys(latest!.after as object).sort()).toEqual(["name", "socialLinks"]);
    expect(await listener.waitFor(2)).toEqual([{ kind: "settings" }, { kind: "settings" }]);
  });

  it("records and announces nothing when nothing changed, or when the input is refused", async () => {
    const admin = await newPerson("ADMIN");
    await saveSettings(valid, admin.id);
    await listener.waitFor(1);
    const before = await db.auditLog.count({ where: { actorId: admin.id } });
    await saveSettings(valid, admin.id);
    const refused = await saveSettings({ ...valid, timeZone: "Mars/Base" }, admin.id);
    expect(refused.ok).toBe(false);
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(before);
    expect(listener.received).toHaveLength(1);
    expect((await getSettings()).timeZone).toBe("Africa/Nairobi");
  });
});
