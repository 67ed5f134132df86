// POST /admin/uploads/logo — stores an uploaded logo image (the body is the file) and answers its address.
import { withStaffRole } from "@/lib/desk/staff-route";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { MAX_LOGO_BYTES, storeLogo } from "@/lib/settings/logo-upload";

const answer = (status: number, body: object) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export const POST = withStaffRole("ADMIN", async (_admin, request) => {
  const bytes = await readLimitedBody(request, MAX_LOGO_BYTES);
  if (bytes === "too-large") return answer(413, { error: `A logo can be at most ${MAX_LOGO_BYTES / 1024 / 1024} MB.` });
  const result = await storeLogo(bytes);
  return result.ok ? answer(201, { url: result.url }) : answer(415, { error: result.error });
});
