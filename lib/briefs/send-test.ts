import "server-only";
import { enqueueEmail, requestKey } from "@/lib/email/enqueue-email";
import { consumeRateLimit, type RateLimit } from "@/lib/rate-limit";

// "Send me a test": the brief as a reader gets it, to the editor's own address. It sends email
// on request, so it is rate-limited per editor, and it goes through the job queue like all mail.

export const BRIEF_TEST_PER_EDITOR: RateLimit = { name: "brief-test:editor", limit: 10, windowMs: 15 * 60 * 1000 };

export async function requestBriefTest(
  editor: { id: string; email: string },
  briefId: string,
  edition: "full" | "free",
): Promise<"queued" | "rate-limited"> {
  if (!(await consumeRateLimit(BRIEF_TEST_PER_EDITOR, editor.id))) return "rate-limited";
  await enqueueEmail({
    kind: "brief-test",
    to: editor.email,
    userId: editor.id,
    payload: { briefId, edition },
    key: requestKey("brief-test"),
  });
  return "queued";
}
