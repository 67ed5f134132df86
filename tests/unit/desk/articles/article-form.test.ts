import { describe, expect, it } from "vitest";
import { articleFormSchema, publishProblems, readArticleForm, saveProblems, toArticleFields } from "@/lib/desk/articles/article-form";

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

const valid = {
  id: "clx0000000000article",
  baseVersion: "3",
  intent: "save",
  title: "  Ports and promises ",
  dek: "A standfirst.",
  slug: "",
  body: "Text.",
  sectionId: "clx0000000000section",
  topics: "ports, trade ,ports,  ,  grain   silos",
  access: "SUBSCRIBER",
  authorIds: ["clx00000000000author1", "clx00000000000author1"],
  heroImageId: "",
  heroImageAlt: "left over",
};

describe("the editor's form", () => {
  it("reads checkboxes, repeated authors, topics and an empty slug", () => {
    const parsed = articleFormSchema.parse(readArticleForm(form({ ...valid, featured: "on" })));
    expect(parsed).toMatchObject({
      baseVersion: 3,
      title: "Ports and promises",
      featured: true,
      topics: ["ports", "trade", "grain silos"],
    });
    const fields = toArticleFields(parsed, "");
    expect(fields.authorIds).toEqual(["clx00000000000author1"]);
    // No image: no description kept for it.
    expect(fields.heroImageAlt).toBe("");
    expect(articleFormSchema.parse(readArticleForm(form(valid))).featured).toBe(false);
  });

  it("stores line ends as LF, whatever the browser sent", () => {
    const parsed = articleFormSchema.parse(readArticleForm(form({ ...valid, body: "One.\r\n\r\nTwo.\rThree.", dek: "A\r\nB" })));
    expect(parsed.body).toBe("One.\n\nTwo.\nThree.");
    expect(parsed.dek).toBe("A\nB");
  });

  it.each([
    ["a missing title", { title: "   " }, "title"],
    ["an unknown intent", { intent: "delete-everything" }, "intent"],
    ["a negative version", { baseVersion: "-1" }, "baseVersion"],
    ["a huge version", { baseVersion: "99999999999999999999" }, "baseVersion"],
    ["a bad slug", { slug: "no spaces please" }, "slug"],
    ["an unknown access level", { access: "EVERYONE" }, "access"],
    ["an id with SQL in it", { id: "x' OR 1=1 --" }, "id"],
    ["too many topics", { topics: Array.from({ length: 13 }, (_, i) => `t${i}`).join(",") }, "topics"],
    ["a huge body", { body: "x".repeat(200_001) }, "body"],
  ])("refuses %s, naming the field", (_label, change, field) => {
    const result = articleFormSchema.safeParse(readArticleForm(form({ ...valid, ...change })));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path[0])).toContain(field);
  });

  it("refuses files where text belongs", () => {
    const data = form(valid);
    data.set("title", new File(["x"], "x.txt"));
    expect(articleFormSchema.safeParse(readArticleForm(data)).success).toBe(false);
  });

  it("asks for what readers need before publishing, and for the image's description always", () => {
    const fields = toArticleFields(articleFormSchema.parse(readArticleForm(form({ ...valid, dek: "", body: " ", authorIds: [] }))), "x");
    expect(Object.keys(publishProblems(fields)).sort()).toEqual(["authorIds", "body", "dek"]);
    expect(saveProblems({ ...fields, heroImageId: "img1", heroImageAlt: "" })).toHaveProperty("heroImageAlt");
    expect(saveProblems({ ...fields, heroImageId: "img1", heroImageAlt: "A crane at dusk" })).toEqual({});
  });
});
