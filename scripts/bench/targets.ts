// The performance targets of reading pages (issue "Fast"), judged against the references
// measured in the same run. Pure: takes the measurements, returns a verdict per target.
import type { LoadResult } from "./measure";
import { kb, type PageBytes } from "./page-bytes";

export interface PageRow {
  name: string;
  reader: string;
  reading?: "page" | "episode";
  result: LoadResult;
  bytes: PageBytes;
  /** The page's Cache-Control as first served: `no-store` keeps it out of the back/forward cache. */
  cacheControl: string;
  /** Its reference, measured just before it (targets compare with this when present). */
  reference?: LoadResult;
}

export interface Verdict {
  description: string;
  measured: string;
  passed: boolean;
}

interface Measurements {
  prerendered: LoadResult;
  dynamic: LoadResult;
  baselineJs: number;
  rows: PageRow[];
}

const JS_BUDGET = { page: 10 * 1024, episode: 15 * 1024 };

export function evaluateTargets({ prerendered, dynamic, baselineJs, rows }: Measurements): Verdict[] {
  const verdicts: Verdict[] = [];
  const byName = (name: string) => rows.find((row) => row.name === name);

  for (const name of ["gated article, anonymous", "home, anonymous"]) {
    const page = byName(name);
    if (!page) continue;
    const reference = page.reference ?? prerendered;
    const ratio = page.result.requestsPerSecond / reference.requestsPerSecond;
    verdicts.push({
      description: `${name} ≥ 50% of the prerendered reference's req/s`,
      measured: `${(ratio * 100).toFixed(0)}% (${page.result.requestsPerSecond.toFixed(0)} vs ${reference.requestsPerSecond.toFixed(0)} req/s)`,
      passed: ratio >= 0.5,
    });
  }

  const subscriber = byName("gated article, subscriber");
  if (subscriber) {
    const reference = subscriber.reference ?? dynamic;
    const ratio = subscriber.result.requestsPerSecond / reference.requestsPerSecond;
    verdicts.push({
      description: "subscriber article ≥ 70% of the bare dynamic reference's req/s",
      // Server CPU per request is printed beside it: unlike req/s, it barely moves with the machine's load.
      measured:
        `${(ratio * 100).toFixed(0)}% (${subscriber.result.requestsPerSecond.toFixed(0)} vs ${reference.requestsPerSecond.toFixed(0)} req/s); ` +
        `server CPU ${subscriber.result.cpuMsPerRequest.toFixed(2)} vs ${reference.cpuMsPerRequest.toFixed(2)} ms/request`,
      passed: ratio >= 0.7,
    });
    verdicts.push({
      description: "subscriber article p99 ≤ 1.5× the bare dynamic reference's p99",
      measured: `${subscriber.result.p99} ms vs ${reference.p99} ms (${(subscriber.result.p99 / reference.p99).toFixed(2)}×)`,
      passed: subscriber.result.p99 <= 1.5 * reference.p99,
    });
  }

  for (const page of rows.filter((row) => row.reading)) {
    const budget = JS_BUDGET[page.reading!];
    const ours = page.bytes.jsGzip - baselineJs;
    verdicts.push({
      description: `${page.name}: JavaScript beyond the framework's ≤ ${kb(budget)}`,
      measured: kb(ours),
      passed: ours <= budget,
    });
  }

  // Browsers keep a page in the back/forward cache unless it is `no-store`, which only a page
  // rendered for one viewer needs (Lighthouse's bf-cache audit checks the real thing).
  const pages = rows.filter((row) => row.reading || row.reader !== "anonymous");
  const wrong = pages.filter((row) => /no-store/i.test(row.cacheControl) !== (row.reader !== "anonymous"));
  verdicts.push({
    description: "back/forward cache: anonymous reading pages without no-store, per-viewer pages no-store",
    measured: wrong.length ? wrong.map((row) => `${row.name}: ${row.cacheControl}`).join("; ") : "as required",
    passed: wrong.length === 0,
  });

  const failing = rows.filter((row) => row.result.errors + row.result.non2xx > 0);
  verdicts.push({
    description: "no errors under load",
    measured: failing.length ? failing.map((row) => row.name).join(", ") : "none",
    passed: failing.length === 0,
  });
  return verdicts;
}
