import { mediaUrl } from "@/lib/storage/media-url";

// An article's lead image as pages, metadata and the desk's preview show it. Pure.

export interface HeroImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

interface WithHeroImage {
  heroImage: { key: string; width: number; height: number } | null;
  heroImageAlt: string;
}

export function heroImageOf(article: WithHeroImage): HeroImage | null {
  const image = article.heroImage;
  return image ? { url: mediaUrl(image.key), width: image.width, height: image.height, alt: article.heroImageAlt } : null;
}
