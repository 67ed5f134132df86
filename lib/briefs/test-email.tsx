import "server-only";
import type { ComposedEmail, ComposeInput } from "@/lib/email/compose";
import { getPublication } from "@/lib/publication";
import { loadBriefContent } from "./brief-content";
import { briefSubject } from "./editions";
import { BriefEmail } from "./emails/brief-email";
import { browserUrl, listHeaders, unsubscribeUrl } from "./reader-links";
import { formatBriefDate } from "./schedule";

/** An editor's test copy of a brief, as readers will get it (their own links, list headers and all). */
export async function composeBriefTestEmail({ userId, payload }: ComposeInput<"brief-test">): Promise<ComposedEmail | null> {
  const publication = await getPublication();
  const content = await loadBriefContent(payload.briefId, publication.url);
  if (!content || !userId) return null;
  const unsubscribe = unsubscribeUrl(userId);
  return {
    subject: `[Test, ${payload.edition} edition] ${briefSubject(content, publication)}`,
    headers: listHeaders(unsubscribe),
    body: (
      <BriefEmail
        edition={payload.edition}
        publication={publication}
        dateLabel={formatBriefDate(content.date, publication.language)}
        intro={content.intro}
        stories={content.stories}
        links={{
          unsubscribe,
          browser: browserUrl(userId, content),
          subscribe: `${publication.url}/pricing`,
          account: `${publication.url}/account`,
        }}
      />
    ),
  };
}
