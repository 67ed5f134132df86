import type { HeroImage } from "@/lib/content/hero-image";

// The article's lead image, at its own proportions (width and height are given, so the page
// does not jump while it loads). The desk's preview renders the same component.

export function ArticleHero({ image }: { image: HeroImage }) {
  return (
    <figure className="mt-6">
      {/* Served from object storage through /media at its uploaded size; next/image would need the storage configured as a loader. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={image.url} width={image.width} height={image.height} alt={image.alt} className="h-auto w-full rounded" />
    </figure>
  );
}
