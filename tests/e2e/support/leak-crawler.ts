import { decodeHTML } from "entities";
import type { SentenceIndex } from "./sentence-index";

// A breadth-first crawler that reads every response the way an attacker would: pages, their
// React Server Component payloads (`RSC: 1`, and `?_rsc=` prefetches), feeds, sitemaps, JSON,
// scripts, transcripts, and the headers of media. It follows every same-origin address it can
// find in a response (attributes, XML elements, JSON strings, absolute URLs in text) and reports
// every gated sentence found, with the address that carried it.

export interface Leak {
  url: string;
  /** Which request carried it: "page", "RSC", "RSC prefetch", or an email's subject. */
  via: string;
  sentence: string;
  source: string;
}

export interface CrawlOptions {
  /** Absolute addresses to start from; each one's origin is crawled. */
  seeds: string[];
  /** Addresses requested even though a pattern cap would skip them (e.g. built search queries). */
  forced?: string[];
  gated: SentenceIndex;
  cookie?: string;
  /** Addresses never requested (side effects, e.g. starting a checkout). */
  skip?: (url: URL) => boolean;
  concurrency?: number;
  /** Addresses that differ only in query values (`/articles?page=N`) are crawled this many times. */
  perPattern?: number;
  maxRequests?: number;
}

export interface CrawlReport {
  leaks: Leak[];
  visited: string[];
  /** Responses with a 5xx status, and requests that failed outright. */
  failures: string[];
}

const TEXTUAL = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|ld\+json|javascript|x-component|manifest\+json)|image\/svg)/;

/** Same-origin addresses in a response of any kind. */
export function linksIn(body: string, base: URL): URL[] {
  const found: string[] = [];
  for (const m of body.matchAll(/\b(?:href|src|action|url|content|poster)\s*=\s*(["'])(.*?)\1/gi)) found.push(m[2]!);
  for (const m of body.matchAll(/<(?:loc|link|guid|url)>\s*(?:<!\[CDATA\[)?([^<\]]+)/g)) found.push(m[1]!);
  for (const m of body.matchAll(/\\?"(\/[^"\\\s<>]*)\\?"/g)) found.push(m[1]!);
  for (const m of body.matchAll(/https?:\/\/[^\s"'<>\\)\]]+/g)) found.push(m[0]);
  const urls: URL[] = [];
  for (const raw of found) {
    const value = decodeHTML(raw.trim());
    if (!/^(\/(?!\/)|https?:)/.test(value)) continue;
    try {
      urls.push(new URL(value, base));
    } catch {
      // Not an address after all (e.g. a regular expression in a script).
    }
  }
  return urls;
}

/** One entry per page, RSC payload and prefetch: the same address with its query and the `_rsc` marker removed. */
function canonical(url: URL): string {
  const copy = new URL(url);
  copy.hash = "";
  copy.searchParams.delete("_rsc");
  copy.searchParams.sort();
  return copy.href;
}

function patternOf(url: URL): string {
  return `${url.origin}${url.pathname}?${[...new Set(url.searchParams.keys())].sort().join("&")}`;
}

export async function crawlForLeaks(options: CrawlOptions): Promise<CrawlReport> {
  const origins = new Set(options.seeds.map((s) => new URL(s).origin));
  const perPattern = options.perPattern ?? 3;
  const maxRequests = options.maxRequests ?? 3000;
  const seen = new Set<string>();
  const patterns = new Map<string, number>();
  const queue: URL[] = [];
  const report: CrawlReport = { leaks: [], visited: [], failures: [] };
  let requests = 0;

  const enqueue = (url: URL, forced = false) => {
    if (!origins.has(url.origin) || options.skip?.(url)) return;
    const key = canonical(url);
    if (seen.has(key)) return;
    const pattern = patternOf(url);
    const count = patterns.get(pattern) ?? 0;
    if (!forced && url.search && count >= perPattern) return;
    seen.add(key);
    patterns.set(pattern, count + 1);
    queue.push(new URL(key));
  };

  const headers = (extra: Record<string, string> = {}) => ({ ...(options.cookie ? { Cookie: options.cookie } : {}), ...extra });

  async function fetchText(
    url: URL,
    via: string,
    extra?: Record<string, string>,
    hops = 0,
  ): Promise<{ body: string; html: boolean } | null> {
    requests += 1;
    try {
      const response = await fetch(url, { headers: headers(extra), redirect: "manual", signal: AbortSignal.timeout(30_000) });
      if (response.status >= 500) report.failures.push(`${via} ${url.href} → ${response.status}`);
      const location = response.headers.get("location");
      // Next.js answers an RSC request whose `_rsc` marker it did not make with a redirect to
      // one it accepts: follow it with the same headers, or the payload is never read.
      if (location && extra && hops < 5 && new URL(location, url).origin === url.origin) {
        await response.body?.cancel();
        return fetchText(new URL(location, url), via, extra, hops + 1);
      }
      if (location) enqueue(new URL(location, url));
      const type = response.headers.get("content-type") ?? "";
      // Media: the headers are enough (their bytes are audio and images, not prose).
      if (!TEXTUAL.test(type)) {
        await response.body?.cancel();
        return null;
      }
      const body = await response.text();
      for (const leak of options.gated.findIn(body)) report.leaks.push({ url: url.href, via, ...leak });
      return { body, html: type.startsWith("text/html") };
    } catch (error) {
      report.failures.push(`${via} ${url.href} → ${(error as Error).message}`);
      return null;
    }
  }

  async function visit(url: URL): Promise<void> {
    report.visited.push(url.href);
    const page = await fetchText(url, "page");
    if (!page) return;
    const bodies = [page.body];
    if (page.html) {
      const prefetch = new URL(url);
      prefetch.searchParams.set("_rsc", "crawl");
      const [rsc, rscPrefetch] = await Promise.all([
        fetchText(url, "RSC", { RSC: "1" }),
        fetchText(prefetch, "RSC prefetch", { RSC: "1", "Next-Router-Prefetch": "1" }),
      ]);
      bodies.push(rsc?.body ?? "", rscPrefetch?.body ?? "");
    }
    for (const body of bodies) for (const link of linksIn(body, url)) enqueue(link);
  }

  for (const seed of options.seeds) enqueue(new URL(seed));
  for (const address of options.forced ?? []) enqueue(new URL(address), true);
  let active = 0;
  // Idle workers wait for a busy one to finish its page (which may add addresses), not a timer.
  let waiting: Array<() => void> = [];
  const wakeIdle = () => {
    for (const wake of waiting) wake();
    waiting = [];
  };
  const worker = async () => {
    while (requests < maxRequests) {
      const next = queue.shift();
      if (!next) {
        if (active === 0) return;
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      active += 1;
      await visit(next).finally(() => {
        active -= 1;
        wakeIdle();
      });
    }
    wakeIdle();
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 6 }, worker));
  if (queue.length > 0) report.failures.push(`stopped after ${requests} requests with ${queue.length} addresses left`);
  return report;
}
