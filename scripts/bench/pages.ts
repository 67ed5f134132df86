// The reading-page benchmark: the two reference pages, then the product's pages as each kind of
// reader gets them, all loaded the same way on this machine in this run. Prints throughput and
// latency with ratios to the references, what each page downloads, and pass/fail per target.
import { measure, LOAD, type LoadResult } from "./measure";
import { kb, pageBytes } from "./page-bytes";
import { createFixtures } from "./fixtures";
import { findProcess, startProduct, startReference } from "./stack";
import { evaluateTargets, type PageRow } from "./targets";

interface PageTarget {
  name: string;
  path: string;
  reader: "anonymous" | "free reader" | "subscriber";
  /** Reading pages whose JavaScript counts against the budget. */
  reading?: "page" | "episode";
  /** The reference a target compares this page with, measured again just before it. */
  against?: "prerendered" | "dynamic";
}

function row(name: string, result: LoadResult, reference: LoadResult): string {
  const ratio = (result.requestsPerSecond / reference.requestsPerSecond).toFixed(2);
  return [
    name.padEnd(38),
    result.requestsPerSecond.toFixed(0).padStart(7),
    `${result.p50} ms`.padStart(9),
    `${result.p99} ms`.padStart(9),
    String(result.errors + result.non2xx).padStart(7),
    `${result.peakRssMb.toFixed(0)} MB`.padStart(9),
    `${result.cpuMsPerRequest.toFixed(2)} ms`.padStart(9),
    ratio.padStart(7),
  ].join(" ");
}

const HEADER = [
  "page".padEnd(38),
  "req/s".padStart(7),
  "p50".padStart(9),
  "p99".padStart(9),
  "errors".padStart(7),
  "peak RSS".padStart(9),
  "CPU/req".padStart(9),
  "ratio*".padStart(7),
].join(" ");

export async function benchPages(): Promise<boolean> {
  console.log(
    `Loading each page from a second process: ${LOAD.connections} connections, ${LOAD.warmUpSeconds} s warm-up, ${LOAD.durationSeconds} s measured.\n`,
  );

  // The reference stays up (idle) while the product is measured: each target page is compared
  // with its reference measured just before it, because on a shared machine the load can change
  // several-fold between the start of a run and the end of the product's build.
  const reference = await startReference();
  const referencePid = findProcess(reference.process.pid!, "next") ?? reference.process.pid;
  const referenceUrl = { prerendered: `${reference.url}/prerendered`, dynamic: `${reference.url}/dynamic` };
  const rows: PageRow[] = [];
  let prerendered: LoadResult;
  let dynamic: LoadResult;
  let baselineJs: number;
  try {
    prerendered = await measure(referenceUrl.prerendered, {}, referencePid);
    dynamic = await measure(referenceUrl.dynamic, {}, referencePid);
    baselineJs = (await pageBytes(referenceUrl.prerendered)).jsGzip;
    await benchProduct(rows, (against) => measure(referenceUrl[against], {}, referencePid));
  } finally {
    await reference.stop();
  }

  console.log(HEADER);
  console.log(row("reference: prerendered page", prerendered, prerendered));
  console.log(row("reference: bare force-dynamic page", dynamic, prerendered));
  for (const page of rows) console.log(row(page.name, page.result, prerendered));
  console.log("* requests/s as a share of the prerendered reference's; CPU/req: the server process's CPU time per request\n");

  console.log(`What a reader downloads (framework baseline: ${kb(baselineJs)} of gzipped JavaScript on the reference page)`);
  for (const page of rows.filter((p) => p.reading)) {
    const ours = page.bytes.jsGzip - baselineJs;
    console.log(
      `  ${page.name.padEnd(36)} HTML ${kb(page.bytes.htmlRaw).padStart(9)} (${kb(page.bytes.htmlGzip)} gz)   JS ${kb(page.bytes.jsGzip).padStart(8)} gz, ours ${kb(ours)}`,
    );
  }

  const verdicts = evaluateTargets({ prerendered, dynamic, baselineJs, rows });
  console.log("\nTargets");
  for (const verdict of verdicts) console.log(`  ${verdict.passed ? "PASS" : "FAIL"}  ${verdict.description}: ${verdict.measured}`);
  return verdicts.every((verdict) => verdict.passed);
}

/** The product's pages, each after its paired reference when it has one. */
async function benchProduct(rows: PageRow[], measureReference: (against: "prerendered" | "dynamic") => Promise<LoadResult>) {
  const product = await startProduct();
  const serverPid = findProcess(product.process.pid!, "server.ts");
  if (!serverPid) console.log("(the app server's process was not found: peak RSS is not measured)");
  try {
    const fixtures = await createFixtures();
    const headersFor = { anonymous: {}, "free reader": fixtures.freeReader, subscriber: fixtures.subscriber };
    const targets: PageTarget[] = [
      { name: "home, anonymous", path: "/", reader: "anonymous", reading: "page", against: "prerendered" },
      { name: "/articles, anonymous", path: "/articles", reader: "anonymous", reading: "page" },
      {
        name: "gated article, anonymous",
        path: `/articles/${fixtures.gatedArticle}`,
        reader: "anonymous",
        reading: "page",
        against: "prerendered",
      },
      { name: "gated article, free reader", path: `/articles/${fixtures.gatedArticle}`, reader: "free reader" },
      { name: "gated article, subscriber", path: `/articles/${fixtures.gatedArticle}`, reader: "subscriber", against: "dynamic" },
      {
        name: "episode + transcript, subscriber",
        path: `/podcasts/${fixtures.episodeWithTranscript}`,
        reader: "subscriber",
        reading: "episode",
      },
      { name: "/pricing, anonymous", path: "/pricing", reader: "anonymous", reading: "page" },
      { name: "/feed.xml", path: "/feed.xml", reader: "anonymous" },
      { name: "/podcasts/feed.xml", path: "/podcasts/feed.xml", reader: "anonymous" },
      { name: "search, anonymous", path: `/search?q=${encodeURIComponent(fixtures.searchTerm)}`, reader: "anonymous" },
      // The same words OR a word no text has, new every request: the same search, never cached.
      { name: "search, anonymous, uncached", path: `/search?q=${encodeURIComponent(fixtures.searchTerm)}+OR+[<id>]`, reader: "anonymous" },
    ];
    for (const target of targets) {
      const url = `${product.url}${target.path}`;
      const headers = headersFor[target.reader];
      const first = await fetch(url, { headers });
      if (first.status !== 200) {
        console.log(`(skipping ${target.name}: ${target.path} answers ${first.status})`);
        continue;
      }
      const cacheControl = first.headers.get("cache-control") ?? "";
      const paired = target.against ? await measureReference(target.against) : undefined;
      const result = await measure(url, headers, serverPid);
      const bytes = await pageBytes(url, headers);
      rows.push({ ...target, result, bytes, cacheControl, reference: paired });
    }
  } finally {
    await product.stop();
  }
}
