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
    };
  } finally {
    chrome.kill();
  }
}

function line(a: Audit): string {
  return `${a.name.padEnd(34)} ${String(a.performance).padStart(5)} ${`${a.totalBlockingTimeMs} ms`.padStart(9)} ${String(a.accessibility).padStart(6)} ${String(a.bestPractices).padStart(6)} ${String(a.seo).padStart(5)}`;
}

export async function benchLighthouse(): Promise<boolean> {
  const reference = await startReference();
  let bare: Audit;
  try {
    bare = await audit("reference: bare force-dynamic", `${reference.url}/dynamic`);
  } finally {
    await reference.stop();
  }

  const product = await startProduct();
  const audits: Audit[] = [];
  try {
    const fixtures = await createFixtures();
    const pages = [
      ["home", "/"],
      ["gated article, anonymous", `/articles/${fixtures.gatedArticle}`],
      ["episode, anonymous", `/podcasts/${fixtures.episodeWithTranscript}`],
      ["pricing", "/pricing"],
    ];
    for (const [name, path] of pages) audits.push(await audit(name!, `${product.url}${path}`));
  } finally {
    await product.stop();
  }

  console.log(
    `\n${"page".padEnd(34)} ${"perf".padStart(5)} ${"TBT".padStart(9)} ${"a11y".padStart(6)} ${"b.p.".padStart(6)} ${"seo".padStart(5)}`,
  );
  console.log(line(bare));
  for (const a of audits) console.log(line(a));

  let passed = true;
  console.log("\nTargets");
  for (const a of audits) {
    const checks: Array<[string, boolean]> = [
      [`performance ${a.performance} ≥ reference ${bare.performance}`, a.performance >= bare.performance],
      [
        `TBT ${a.totalBlockingTimeMs} ms ≤ reference ${bare.totalBlockingTimeMs} ms + 50`,
        a.totalBlockingTimeMs <= bare.totalBlockingTimeMs + 50,
      ],
      [`accessibility, best practices, SEO 100`, a.accessibility === 100 && a.bestPractices === 100 && a.seo === 100],
    ];
    for (const [description, ok] of checks) {
      console.log(`  ${ok ? "PASS" : "FAIL"}  ${a.name}: ${description}`);
      passed &&= ok;
    }
  }
  return passed;
}
