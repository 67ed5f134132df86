import "server-only";
import type { ComposedEmail, ComposeInput } from "@/lib/email/compose";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { getPublication } from "@/lib/publication";
import { createMagicLink, MAGIC_LINK_LIFETIME_MS } from "./magic-link";

const lifetimeHours = MAGIC_LINK_LIFETIME_MS / 3_600_000;

/** The magic-link email. The link (and its token) is made now, when the worker sends it. */
export async function composeSignInEmail({ to, payload }: ComposeInput<"sign-in-link">): Promise<ComposedEmail> {
  const publication = await getPublication();
  const url = await createMagicLink(to, payload.callbackUrl);
  return {
    subject: `Sign in to ${publication.name}`,
    body: (
      <NoticeEmail
        publication={publication}
        preview={`Your sign-in link for ${publication.name}`}
        paragraphs={[
          `Click the button below to sign in to ${publication.name}. The link works once and expires in ${lifetimeHours} hours.`,
        ]}
        action={{ label: "Sign in", url }}
        footnote="If you did not ask for this email, you can ignore it: nobody can sign in without the link."
        reason={`You get this email because someone asked to sign in to ${publication.name} with this address.`}
      />
    ),
  };
}
