import { getEnv } from "@/lib/env";

/** The publication's identity, used by pages, feeds, JSON-LD and emails. */
export function getPublication() {
  const env = getEnv();
  return {
    name: env.PUBLICATION_NAME,
    url: env.APP_URL,
    tagline: "China and the Global South",
    description: "Independent news and analysis on China's ties with Africa, Asia, Latin America and the Middle East.",
  };
}
