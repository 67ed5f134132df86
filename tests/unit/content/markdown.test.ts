import { describe, expect, it } from "vitest";
import { cutTeaser, markdownToText, renderMarkdown } from "@/lib/content/markdown";

const body = [
  "First paragraph with **bold** text.",
  "Second paragraph, still public.",
  "## A subheading",
  "Third paragraph is for subscribers only.",
  "> A quote that is also gated.",
  "Fourth paragraph, gated too.",
].join("\n\n");

describe("cutTeaser", () => {
  it("keeps exactly the first two paragraphs", () => {
    const teaser = cutTeaser(body);
    expect(teaser).toContain("First paragraph");
    expect(teaser).toContain("Second paragraph");
    expect(teaser).not.toContain("subheading");
    expect(teaser).not.toContain("Third paragraph");
    expect(teaser).not.toContain("gated");
  });

  it("keeps a heading that comes before the second paragraph", () => {
    const teaser = cutTeaser("## Intro\n\nOne.\n\nTwo.\n\nThree.");
    expect(teaser).toBe("## Intro\n\nOne.\n\nTwo.");
  });

  it("returns a short body whole", () => {
    expect(cutTeaser("Only one paragraph.")).toBe("Only one paragraph.");
  });

  it("can cut to another number of paragraphs", () => {
    expect(cutTeaser(body, 1)).toBe("First paragraph with **bold** text.");
  });
});

describe("renderMarkdown", () => {
  it("renders headings, emphasis, quotes and links", () => {
    const html = renderMarkdown("## Title\n\nSome *text* and [a link](https://example.org).\n\n> quoted");
    expect(html).toContain("<h2>Title</h2>");
    expect(html).toContain("<em>text</em>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">a link</a>');
    expect(html).toContain("<blockquote>");
  });

  it("drops script tags and event handlers", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script> <img src="https://example.org/a.png" onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("alert");
    expect(html).not.toContain("onerror");
  });

  it("drops javascript: and data: links", () => {
    const html = renderMarkdown('[click](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">x</a> [d](data:text/html,hi)');
    expect(html.toLowerCase()).not.toContain("javascript:");
    expect(html).not.toContain("data:text");
    expect(html).toContain("click");
  });

  it("drops iframes and styles", () => {
    const html = renderMarkdown('<iframe src="https://evil.example"></iframe><style>body{}</style>text');
    expect(html).not.toContain("iframe");
    expect(html).not.toContain("<style");
  });
});

describe("markdownToText", () => {
  it("strips markup to plain text", () => {
    expect(markdownToText("## Head\n\nSome **bold** & [link](https://x.org).")).toBe("Head Some bold &amp; link.");
  });
});
