/**
 * A request's body, or "too-large" as soon as it passes `maxBytes` (the rest is never read, so a
 * client that lies about its length or streams forever costs at most `maxBytes` of memory).
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Buffer | "too-large"> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return "too-large";
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
