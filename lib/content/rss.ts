import { escapeHtml } from "@/lib/escape-html";

// RSS 2.0 document builder. Pure: callers pass items already cut to what the reader may see.

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  html: string;
  publishedAt: Date;
  authors: string[];
  categories: string[];
}

export function buildRss(
  channel: { title: string; link: string; description: string; language: string; selfUrl: string },
  items: FeedItem[],
): string {
  const cdata = (value: string) => `<![CDATA[${value.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${escapeHtml(channel.title)}</title>
<link>${escapeHtml(channel.link)}</link>
<description>${escapeHtml(channel.description)}</description>
<language>${escapeHtml(channel.language)}</language>
<atom:link href="${escapeHtml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>
${items
  .map(
    (item) => `<item>
<title>${escapeHtml(item.title)}</title>
<link>${escapeHtml(item.link)}</link>
<guid isPermaLink="true">${escapeHtml(item.link)}</guid>
<pubDate>${item.publishedAt.toUTCString()}</pubDate>
${item.authors.map((a) => `<dc:creator>${escapeHtml(a)}</dc:creator>`).join("")}
${item.categories.map((c) => `<category>${escapeHtml(c)}</category>`).join("")}
<description>${escapeHtml(item.description)}</description>
<content:encoded>${cdata(item.html)}</content:encoded>
</item>`,
  )
  .join("\n")}
</channel>
</rss>
`;
}
