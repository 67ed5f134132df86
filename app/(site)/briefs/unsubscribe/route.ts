// GET, POST /briefs/unsubscribe?token=… — the Daily Brief's one-click unsubscribe (RFC 8058).
// Mail clients POST here directly (List-Unsubscribe-Post); people who open the link get a page
// with a button, because link scanners and previews must never unsubscribe anyone by a GET.
import { getSettings } from "@/lib/settings/get-settings";
import { unsubscribeFromBrief } from "@/lib/briefs/preferences";
import { verifyBriefToken } from "@/lib/briefs/reader-links";
import { unsubscribePage, type UnsubscribeState } from "@/lib/briefs/unsubscribe-page";

async function answer(request: Request, state: UnsubscribeState, status: number): Promise<Response> {
  const url = new URL(request.url);
  const html = unsubscribePage(state, { publicationName: (await getSettings()).name, actionUrl: `${url.pathname}${url.search}` });
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

const readerOf = (request: Request) => verifyBriefToken(new URL(request.url).searchParams.get("token"), "brief-unsubscribe");

export async function GET(request: Request): Promise<Response> {
  return readerOf(request) ? answer(request, "confirm", 200) : answer(request, "invalid", 400);
}

export async function POST(request: Request): Promise<Response> {
  const userId = readerOf(request);
  if (!userId) return answer(request, "invalid", 400);
  await unsubscribeFromBrief(userId);
  return answer(request, "done", 200);
}
