// `npm run bench:lighthouse`: Lighthouse's mobile audit of the reading pages an anonymous reader
// lands on, next to the bare force-dynamic reference page scored in the same run (the score
// depends on this machine's CPU, so only the comparison means anything).
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createFixtures } from "./fixtures";
import { startProduct, startReference } from "./stack";

interface Audit {
  name: string;
  performance: number;
  totalBlockingTimeMs: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Lighthouse's bf-cache audit: Chrome navigated away and back and restored the page from it. */
  backForwardCache: boolean;
}

const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

async function audit(name: string, url: string): Promise<Audit> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const lhr = result!.lhr;
    const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const failed = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
    if (failed.length) console.log(`  ${name}: ${failed.map((a) => a.id).join(", ")} not passed`);
    return {
      name,
      performance: score("performance"),
      totalBlockingTimeMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      backForwardCache: lhr.audits["bf-cache"]?.score === 1,
    };
  } finally {
    chrome.kill();
  }
}

function line(a: Audit): string {
  return `${a.name.padEnd(34)} ${String(a.performance).padStart(5)} ${`${a.totalBlockingTimeMs} ms`.padStart(9)} ${String(a.accessibility).padStart(6)} ${String(a.bestPractices).padStart(6)} ${String(a.seo).padStart(5)}`;
}

/**
 * Each page is scored right after the bare reference page, both servers idling between audits:
 * on a machine whose load changes by the minute, a page is compared with a reference scored
 * moments earlier, not one scored before a several-minute build.
 */
export async function benchLighthouse(): Promise<boolean> {
  const reference = await startReference();
  const pairs: Array<{ bare: Audit; page: Audit }> = [];
  try {
    const product = await startProduct();
    try {
      const fixtures = await createFixtures();
      const pages = [
        ["home", "/"],
        ["gated article, anonymous", `/articles/${fixtures.gatedArticle}`],
        ["episode, anonymous", `/podcasts/${fixtures.episodeWithTranscript}`],
        ["pricing", "/pricing"],
      ];
      for (const [name, path] of pages) {
        const bare = await audit(`reference (before ${name})`, `${reference.url}/dynamic`);
        pairs.push({ bare, page: await audit(name!, `${product.url}${path}`) });
      }
    } finally {
      await product.stop();
    }
  } finally {
    await reference.stop();
  }

  console.log(
    `\n${"page".padEnd(34)} ${"perf".padStart(5)} ${"TBT".padStart(9)} ${"a11y".padStart(6)} ${"b.p.".padStart(6)} ${"seo".padStart(5)}`,
  );
  for (const { bare, page } of pairs) console.log(`${line(bare)}\n${line(page)}`);

  let passed = true;
  console.log("\nTargets (each page against the reference scored just before it)");
  for (const { bare, page: a } of pairs) {
    const checks: Array<[string, boolean]> = [
      [`performance ${a.performance} ≥ reference ${bare.performance}`, a.performance >= bare.performance],
      [
        `TBT ${a.totalBlockingTimeMs} ms ≤ reference ${bare.totalBlockingTimeMs} ms + 50`,
        a.totalBlockingTimeMs <= bare.totalBlockingTimeMs + 50,
      ],
      [`accessibility, best practices, SEO 100`, a.accessibility === 100 && a.bestPractices === 100 && a.seo === 100],
      [`restored from the back/forward cache`, a.backForwardCache],
    ];
    for (const [description, ok] of checks) {
      console.log(`  ${ok ? "PASS" : "FAIL"}  ${a.name}: ${description}`);
      passed &&= ok;
    }
  }
  return passed;
}
