// One load run, in its own process so the load generator does not share an event loop with
// anything it measures: `node --import tsx scripts/bench/load.ts <json options>` prints one JSON
// line with requests/s, latency percentiles and errors. Used by scripts/bench/pages.ts.
import autocannon from "autocannon";

interface LoadOptions {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

const options = JSON.parse(process.argv[2] ?? "{}") as LoadOptions;
const result = await autocannon({
  url: options.url,
  headers: options.headers,
  connections: options.connections,
  duration: options.durationSeconds,
  // An address with `[<id>]` gets a new id in its place on every request: a page no cache holds.
  idReplacement: options.url.includes("[<id>]"),
});
console.log(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  }),
);
