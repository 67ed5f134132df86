import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "@/lib/content/articles";
import { articleJsonLd } from "@/lib/content/structured-data";
import { buildRss } from "@/lib/content/rss";

const publication = { name: "Southbound", url: "https://news.example.org", tagline: "t", description: "d" };

const article = {
  id: "a1",
  slug: "ports-and-promises",
  title: "Ports & promises",
  dek: "A public standfirst.",
  access: "SUBSCRIBER",
  region: "AFRICA",
  topics: ["trade"],
  featured: false,
  publishedAt: new Date("2026-11-01T08:00:00Z"),
  updatedAt: new Date("2026-11-02T08:00:00Z"),
  authors: [{ slug: "a", name: "Ada Writer", location: "Nairobi" }],
} as ArticleSummary;

describe("articleJsonLd", () => {
  it("marks gated articles as not free, and names the paywalled part only when it is in the page", () => {
    const teaserPage = articleJsonLd(article, publication, {});
    expect(teaserPage).toMatchObject({
      "@type": "NewsArticle",
      isAccessibleForFree: false,
      headline: "Ports & promises",
      description: "A public standfirst.",
    });
    expect(teaserPage).not.toHaveProperty("hasPart");
    const fullPage = articleJsonLd(article, publication, { paywalledSelector: ".paywalled-content" });
    expect(fullPage.hasPart).toEqual({ "@type": "WebPageElement", isAccessibleForFree: false, cssSelector: ".paywalled-content" });
  });

  it("marks free articles as free, with no paywalled part", () => {
    const free = articleJsonLd({ ...article, access: "FREE" }, publication, { paywalledSelector: ".paywalled-content" });
    expect(free.isAccessibleForFree).toBe(true);
    expect(free).not.toHaveProperty("hasPart");
    expect(free.mainEntityOfPage).toBe("https://news.example.org/articles/ports-and-promises");
  });
});

describe("buildRss", () => {
  it("escapes text, wraps HTML in CDATA safely and lists items", () => {
    const xml = buildRss({ title: "Pub & Co", link: "https://x.org", description: "d", selfUrl: "https://x.org/feed.xml" }, [
      {
        title: "A <b> & c",
        link: "https://x.org/a",
        description: "dek",
        html: "<p>x ]]> y</p>",
        publishedAt: new Date("2026-11-01T00:00:00Z"),
        authors: ["Ada"],
        categories: ["Africa"],
      },
    ]);
    expect(xml).toContain("<title>Pub &amp; Co</title>");
    expect(xml).toContain("<title>A &lt;b&gt; &amp; c</title>");
    expect(xml).toContain("<content:encoded><![CDATA[<p>x ]]]]><![CDATA[> y</p>]]></content:encoded>");
    expect(xml).toContain("<pubDate>Sun, 01 Nov 2026 00:00:00 GMT</pubDate>");
    expect(xml.match(/<item>/g)).toHaveLength(1);
  });
});
