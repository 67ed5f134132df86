import type { MetadataRoute } from "next";
import { getPublication } from "@/lib/publication";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const { url } = getPublication();
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/admin", "/api/", "/signin"] }], sitemap: `${url}/sitemap.xml` };
}
