// `npm run bench:lighthouse`: Lighthouse's mobile audit of the reading pages an anonymous reader
// lands on, next to the bare force-dynamic reference page scored in the same run (the score
// depends on this machine's CPU, so only the comparison means anything).
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { createFixtures } from "./fixtures";
import { BENCH_DATA_DIR, startProduct, startReference } from "./stack";

interface Audit {
  performance: number;
  totalBlockingTimeMs: number;
  /** Main-thread work in the trace (Lighthouse's mainthread-work-breakdown): load-sensitive, but less noisy than the score. */
  mainThreadMs: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Lighthouse's bf-cache audit: Chrome navigated away and back and restored the page from it. */
  backForwardCache: boolean;
  /** Binary audits not passed (errors-in-console, bf-cache, …). */
  failed: string[];
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
/** Audits per page and per reference, alternating; medians are compared. `LIGHTHOUSE_RUNS` overrides. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** A loaded machine sometimes loses the trace (NO_NAVSTART, NO_FCP): such an audit is repeated, never scored as 0. */
const ATTEMPTS = 3;
const REPORTS_DIR = path.join(BENCH_DATA_DIR, "lighthouse");

async function auditOnce(url: string, reportName: string): Promise<Audit | string> {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const lhr = result!.lhr;
    fs.writeFileSync(path.join(REPORTS_DIR, `${reportName}.json`), JSON.stringify(lhr));
    if (lhr.runtimeError) return lhr.runtimeError.code;
    const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    return {
      performance: score("performance"),
      totalBlockingTimeMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
      mainThreadMs: Math.round(lhr.audits["mainthread-work-breakdown"]?.numericValue ?? 0),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      backForwardCache: lhr.audits["bf-cache"]?.score === 1,
      failed: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id),
    };
  } finally {
    chrome.kill();
  }
}

async function audit(url: string, reportName: string): Promise<Audit> {
  for (let attempt = 1; ; attempt++) {
    const result = await auditOnce(url, reportName);
    if (typeof result !== "string") return result;
    console.log(`  ${reportName}: Lighthouse failed (${result}), attempt ${attempt} of ${ATTEMPTS}`);
    if (attempt === ATTEMPTS) throw new Error(`Lighthouse could not audit ${url}: ${result}`);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

interface Summary {
  name: string;
  runs: Audit[];
  performance: number;
  totalBlockingTimeMs: number;
  mainThreadMs: number;
}

function summarise(name: string, runs: Audit[]): Summary {
  return {
    name,
    runs,
    performance: median(runs.map((a) => a.performance)),
    totalBlockingTimeMs: median(runs.map((a) => a.totalBlockingTimeMs)),
    mainThreadMs: median(runs.map((a) => a.mainThreadMs)),
  };
}

function line(s: Summary, reference?: Summary): string {
  const each = s.runs.map((a) => `${a.performance}/${a.totalBlockingTimeMs}`).join(" ");
  const ratio = reference ? `${((s.mainThreadMs / reference.mainThreadMs) * 100).toFixed(0)}%` : "";
  const worst = (pick: (a: Audit) => number) => String(Math.min(...s.runs.map(pick)));
  return [
    s.name.padEnd(30),
    String(s.performance).padStart(5),
    `${s.totalBlockingTimeMs} ms`.padStart(9),
    `${s.mainThreadMs} ms`.padStart(9),
    ratio.padStart(6),
    worst((a) => a.accessibility).padStart(5),
    worst((a) => a.bestPractices).padStart(5),
    worst((a) => a.seo).padStart(4),
    `  ${each}`,
  ].join(" ");
}

type Pair = { bare: Summary; page: Summary };

/**
 * Each page is audited RUNS times, alternating with the bare reference page, both servers idling
 * between audits, and medians are compared: on a machine whose load changes by the minute, a
 * page is compared with a reference scored moments before and after it, and one unlucky audit
 * decides nothing.
 */
export async function auditPairs(
  referenceUrl: string,
  pages: ReadonlyArray<readonly [name: string, slug: string, url: string]>,
): Promise<Pair[]> {
  fs.mkdirSync(REPORTS_DIR, { recursive: true });
  const pairs: Pair[] = [];
  for (const [name, slug, url] of pages) {
    const bare: Audit[] = [];
    const page: Audit[] = [];
    for (let run = 1; run <= RUNS; run++) {
      bare.push(await audit(referenceUrl, `reference-before-${slug}-${run}`));
      page.push(await audit(url, `${slug}-${run}`));
    }
    pairs.push({ bare: summarise(`reference (with ${slug})`, bare), page: summarise(name, page) });
  }
  return pairs;
}

export async function benchLighthouse(): Promise<boolean> {
  const reference = await startReference();
  let pairs: Pair[];
  try {
    const product = await startProduct();
    try {
      const fixtures = await createFixtures();
      pairs = await auditPairs(`${reference.url}/dynamic`, [
        ["home", "home", `${product.url}/`],
        ["gated article, anonymous", "article", `${product.url}/articles/${fixtures.gatedArticle}`],
        ["episode, anonymous", "episode", `${product.url}/podcasts/${fixtures.episodeWithTranscript}`],
        ["pricing", "pricing", `${product.url}/pricing`],
      ]);
    } finally {
      await product.stop();
    }
  } finally {
    await reference.stop();
  }
  return report(pairs);
}

export function report(pairs: Pair[]): boolean {
  console.log(
    `\nMedians of ${RUNS} audits each (reports in ${path.relative(process.cwd(), REPORTS_DIR)}); main thread: ms and % of the reference's`,
  );
  console.log(
    [
      "page".padEnd(30),
      "perf".padStart(5),
      "TBT".padStart(9),
      "main th.".padStart(9),
      "".padStart(6),
      "a11y".padStart(5),
      "b.p.".padStart(5),
      "seo".padStart(4),
      "  each run: perf/TBT",
    ].join(" "),
  );
  for (const { bare, page } of pairs) console.log(`${line(bare)}\n${line(page, bare)}`);
  for (const summary of pairs.flatMap(({ bare, page }) => [bare, page])) {
    const failed = [...new Set(summary.runs.flatMap((a) => a.failed))];
    if (failed.length) console.log(`  ${summary.name}: ${failed.join(", ")} not passed`);
  }

  let passed = true;
  console.log("\nTargets (each page's medians against the reference audited alternately with it)");
  for (const { bare, page } of pairs) {
    const checks: Array<[string, boolean]> = [
      [`performance ${page.performance} ≥ reference ${bare.performance}`, page.performance >= bare.performance],
      [
        `TBT ${page.totalBlockingTimeMs} ms ≤ reference ${bare.totalBlockingTimeMs} ms + 50`,
        page.totalBlockingTimeMs <= bare.totalBlockingTimeMs + 50,
      ],
      [
        `accessibility, best practices, SEO 100 in every audit`,
        page.runs.every((a) => a.accessibility === 100 && a.bestPractices === 100 && a.seo === 100),
      ],
      [`restored from the back/forward cache in every audit`, page.runs.every((a) => a.backForwardCache)],
    ];
    for (const [description, ok] of checks) {
      console.log(`  ${ok ? "PASS" : "FAIL"}  ${page.name}: ${description}`);
      passed &&= ok;
    }
  }
  return passed;
}
