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
    const ratio = page.result.requestsPerSecond / prerendered.requestsPerSecond;
    verdicts.push({
      description: `${name} ≥ 50% of the prerendered reference's req/s`,
      measured: `${(ratio * 100).toFixed(0)}%`,
      passed: ratio >= 0.5,
    });
  }

  const subscriber = byName("gated article, subscriber");
  if (subscriber) {
    const ratio = subscriber.result.requestsPerSecond / dynamic.requestsPerSecond;
    verdicts.push({
      description: "subscriber article ≥ 70% of the bare dynamic reference's req/s",
      measured: `${(ratio * 100).toFixed(0)}%`,
      passed: ratio >= 0.7,
    });
    verdicts.push({
      description: "subscriber article p99 ≤ 1.5× the bare dynamic reference's p99",
      measured: `${subscriber.result.p99} ms vs ${dynamic.p99} ms (${(subscriber.result.p99 / dynamic.p99).toFixed(2)}×)`,
      passed: subscriber.result.p99 <= 1.5 * dynamic.p99,
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

  const failing = rows.filter((row) => row.result.errors + row.result.non2xx > 0);
  verdicts.push({
    description: "no errors under load",
    measured: failing.length ? failing.map((row) => row.name).join(", ") : "none",
    passed: failing.length === 0,
  });
  return verdicts;
}
