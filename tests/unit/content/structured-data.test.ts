import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "@/lib/content/articles";
import { articleJsonLd } from "@/lib/content/structured-data";
import { buildRss } from "@/lib/content/rss";
import type { Publication } from "@/lib/publication";

const publication: Publication = {
  name: "Southbound",
  url: "https://news.example.org",
  tagline: "t",
  description: "d",
  timeZone: "America/New_York",
  language: "en",
  logoUrl: null,
  socialLinks: [],
};

const article = {
  id: "a1",
  slug: "ports-and-promises",
  title: "Ports & promises",
  dek: "A public standfirst.",
  access: "SUBSCRIBER",
  section: { slug: "africa", label: "Africa" },
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

  it("names the publisher's logo and profiles only when they are set", () => {
    expect(articleJsonLd(article, publication, {}).publisher).toEqual({
      "@type": "Organization",
      name: "Southbound",
      url: "https://news.example.org",
    });
    const branded = { ...publication, logoUrl: "/media/logo.svg", socialLinks: [{ label: "Mastodon", url: "https://example.social/@sb" }] };
    expect(articleJsonLd(article, branded, {}).publisher).toMatchObject({
      logo: "https://news.example.org/media/logo.svg",
      sameAs: ["https://example.social/@sb"],
    });
  });
});

describe("buildRss", () => {
  it("escapes text, wraps HTML in CDATA safely and lists items", () => {
    const xml = buildRss(
      { title: "Pub & Co", link: "https://x.org", description: "d", language: "pt-BR", selfUrl: "https://x.org/feed.xml" },
      [
        {
          title: "A <b> & c",
          link: "https://x.org/a",
          description: "dek",
          html: "<p>x ]]> y</p>",
          publishedAt: new Date("2026-11-01T00:00:00Z"),
          authors: ["Ada"],
          categories: ["Africa"],
        },
      ],
    );
    expect(xml).toContain("<title>Pub &amp; Co</title>");
    expect(xml).toContain("<language>pt-BR</language>");
    expect(xml).toContain("<title>A &lt;b&gt; &amp; c</title>");
    expect(xml).toContain("<content:encoded><![CDATA[<p>x ]]]]><![CDATA[> y</p>]]></content:encoded>");
    expect(xml).toContain("<pubDate>Sun, 01 Nov 2026 00:00:00 GMT</pubDate>");
    expect(xml.match(/<item>/g)).toHaveLength(1);
  });
});
