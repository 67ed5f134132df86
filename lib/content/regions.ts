import type { Region } from "@prisma/client";

export const REGIONS: Record<Region, { label: string; slug: string }> = {
  AFRICA: { label: "Africa", slug: "africa" },
  SOUTHEAST_ASIA: { label: "Southeast Asia", slug: "southeast-asia" },
  LATIN_AMERICA: { label: "Latin America", slug: "latin-america" },
  MIDDLE_EAST: { label: "Middle East", slug: "middle-east" },
  CENTRAL_ASIA: { label: "Central Asia", slug: "central-asia" },
  SOUTH_ASIA: { label: "South Asia", slug: "south-asia" },
};

export function regionFromSlug(slug: string | undefined): Region | undefined {
  return (Object.keys(REGIONS) as Region[]).find((region) => REGIONS[region].slug === slug);
}
