import type { MetadataRoute } from "next";
import { getPublication } from "@/lib/publication";

export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const { url } = await getPublication();
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/admin", "/api/", "/signin"] }], sitemap: `${url}/sitemap.xml` };
}
