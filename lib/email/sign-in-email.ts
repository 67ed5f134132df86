import "server-only";
import { getEnv } from "@/lib/env";
import { renderEmail } from "./layout";
import { sendMail } from "./send-mail";

export function buildSignInEmail(publication: string, url: string) {
  return renderEmail({
    publication,
    preview: `Your sign-in link for ${publication}`,
    paragraphs: [`Click the button below to sign in to ${publication}. The link works once and expires in 24 hours.`],
    action: { label: "Sign in", url },
    footnote: "If you did not ask for this email, you can ignore it: nobody can sign in without the link.",
  });
}

export async function sendSignInEmail({ to, url }: { to: string; url: string }): Promise<void> {
  const { PUBLICATION_NAME } = getEnv();
  await sendMail({ to, subject: `Sign in to ${PUBLICATION_NAME}`, ...buildSignInEmail(PUBLICATION_NAME, url) });
}
