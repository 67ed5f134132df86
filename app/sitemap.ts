import type { MetadataRoute } from "next";
import { listArticles } from "@/lib/content/articles";
import { listEpisodes } from "@/lib/content/podcasts";
import { getPublication } from "@/lib/publication";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { url } = await getPublication();
  const [{ items }, episodes] = await Promise.all([listArticles({ pageSize: 1000 }), listEpisodes(1000)]);
  return [
    { url, changeFrequency: "hourly" },
    { url: `${url}/articles`, changeFrequency: "hourly" },
    { url: `${url}/podcasts`, changeFrequency: "daily" },
    { url: `${url}/pricing`, changeFrequency: "monthly" },
    ...items.map((a) => ({ url: `${url}/articles/${a.slug}`, lastModified: a.updatedAt })),
    ...episodes.map((e) => ({ url: `${url}/podcasts/${e.slug}`, lastModified: e.publishedAt ?? undefined })),
  ];
}
