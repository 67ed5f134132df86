import { getEnv } from "@/lib/env";

export interface Publication {
  name: string;
  url: string;
  tagline: string;
  description: string;
}

/** The publication's identity, used by pages, feeds, JSON-LD and emails. */
export async function getPublication(): Promise<Publication> {
  const env = getEnv();
  return {
    name: env.PUBLICATION_NAME,
    url: env.APP_URL,
    tagline: "China and the Global South",
    description: "Independent news and analysis on China's ties with Africa, Asia, Latin America and the Middle East.",
  };
}
