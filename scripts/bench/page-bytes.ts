// What a reader's phone downloads for a page: its HTML, and the JavaScript its script tags load,
// raw and gzipped. The reference page's scripts are the framework's own baseline.
import zlib from "node:zlib";

export interface PageBytes {
  htmlRaw: number;
  htmlGzip: number;
  jsFiles: number;
  jsGzip: number;
  scripts: string[];
}

export async function pageBytes(url: string, headers: Record<string, string> = {}): Promise<PageBytes> {
  const html = await (await fetch(url, { headers })).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => new URL(m[1]!.replaceAll("&amp;", "&"), url).toString());
  let jsGzip = 0;
  for (const src of scripts) jsGzip += zlib.gzipSync(Buffer.from(await (await fetch(src)).arrayBuffer())).length;
  return { htmlRaw: Buffer.byteLength(html), htmlGzip: zlib.gzipSync(html).length, jsFiles: scripts.length, jsGzip, scripts };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
