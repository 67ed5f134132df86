// POST /admin/uploads/logo — stores an uploaded logo image (the body is the file) and answers its address.
import { requireRole } from "@/lib/auth/guards";
import { MAX_LOGO_BYTES, storeLogo } from "@/lib/settings/logo-upload";

/** The body, or null once it passes `limit` bytes (read no further than that). */
async function readAtMost(request: Request, limit: number): Promise<Buffer | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks);
}

export async function POST(request: Request) {
  await requireRole("ADMIN");
  const bytes = await readAtMost(request, MAX_LOGO_BYTES);
  if (!bytes) return Response.json({ error: `A logo can be at most ${MAX_LOGO_BYTES / 1024 / 1024} MB.` }, { status: 413 });
  const result = await storeLogo(bytes);
  return result.ok ? Response.json({ url: result.url }, { status: 201 }) : Response.json({ error: result.error }, { status: 415 });
}
