import "server-only";
import type { ComposedEmail, ComposeInput } from "@/lib/email/compose";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { getPublication } from "@/lib/publication";
import { getEnv } from "@/lib/env";

// The email a subscriber gets when their private feed address was replaced automatically. It
// links to /account rather than carrying the new address: mail is no place for a secret.

export async function composeFeedReplacedEmail(_input: ComposeInput<"podcast-feed-replaced">): Promise<ComposedEmail | null> {
  const publication = await getPublication();
  const { PODCAST_FEED_SHARING_ADDRESSES, PODCAST_FEED_SHARING_WINDOW_HOURS } = getEnv();
  return {
    subject: `Your private ${publication.name} podcast feed has a new address`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Your private podcast feed has a new address"
        paragraphs={[
          `Your personal podcast feed was used from more than ${PODCAST_FEED_SHARING_ADDRESSES} different places within ${PODCAST_FEED_SHARING_WINDOW_HOURS} hours, which usually means its address was shared or published. We replaced it, and the old address no longer works.`,
          "Copy your new address from your account page and paste it into your podcast app in place of the old one.",
        ]}
        action={{ label: "Get my new feed address", url: `${publication.url}/account#podcast-feed` }}
        footnote="The address is personal: please don't share it."
      />
    ),
  };
}
