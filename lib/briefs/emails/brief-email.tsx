import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { colors, EmailLayout } from "@/lib/email/templates/email-layout";
import { paragraphsOf, type BriefStory } from "../brief-content";
import { storySource } from "../story-source";

// The Daily Brief email. The full edition has the editors' intro and a summary under every
// headline; the free edition has the headlines and their links only, and an invitation to
// subscribe. Per-reader links (unsubscribe, view in browser) come in as props: the sender passes
// placeholders, renders each edition once and fills them in per reader (lib/briefs/editions.ts).

export type BriefEditionName = "full" | "free";

export interface BriefEmailProps {
  edition: BriefEditionName;
  publication: { name: string; url: string; language: string };
  dateLabel: string;
  intro: string;
  stories: BriefStory[];
  links: { unsubscribe: string; browser: string; subscribe: string; account: string };
}

const sans = "Arial, Helvetica, sans-serif";
const small = { fontSize: "13px", fontFamily: sans, color: colors.muted, margin: "0" };

function Story({
  story,
  edition,
  publication,
}: {
  story: BriefStory;
  edition: BriefEditionName;
  publication: BriefEmailProps["publication"];
}) {
  return (
    <Section style={{ padding: "14px 0", borderBottom: "1px solid #e4e4e7" }}>
      <Text className="email-muted" style={{ ...small, textTransform: "uppercase", letterSpacing: "0.04em" }}>
        {storySource(story, publication)}
      </Text>
      <Text style={{ fontSize: "19px", lineHeight: "1.3", fontWeight: "bold", margin: "4px 0 0" }}>
        {story.href ? (
          <Link href={story.href} lang={story.language ?? undefined} style={{ color: colors.ink, textDecoration: "underline" }}>
            {story.headline}
          </Link>
        ) : (
          story.headline
        )}
      </Text>
      {edition === "full" ? <Text style={{ fontSize: "16px", lineHeight: "1.5", margin: "6px 0 0" }}>{story.summary}</Text> : null}
    </Section>
  );
}

export function BriefEmail({ edition, publication, dateLabel, intro, stories, links }: BriefEmailProps) {
  const preview = stories
    .slice(0, 3)
    .map((s) => s.headline)
    .join(" · ");
  return (
    <EmailLayout
      publication={publication}
      preview={preview}
      unsubscribeUrl={links.unsubscribe}
      reason={`You get the Daily Brief because you asked for it at ${publication.name}. Choose when it arrives: ${links.account}`}
    >
      <Text className="email-muted" style={{ ...small, marginTop: "8px" }}>
        <Link href={links.browser} style={{ color: colors.muted }}>
          View in your browser
        </Link>
      </Text>
      <Heading as="h1" style={{ fontSize: "28px", margin: "16px 0 0" }}>
        The Daily Brief
      </Heading>
      <Text className="email-muted" style={{ ...small, fontSize: "15px", marginTop: "4px" }}>
        {dateLabel}
      </Text>
      {edition === "full"
        ? paragraphsOf(intro).map((paragraph, i) => (
            <Text key={i} style={{ fontSize: "16px", lineHeight: "1.5", margin: "16px 0 0" }}>
              {paragraph}
            </Text>
          ))
        : null}
      <Section style={{ marginTop: "12px" }}>
        {stories.map((story, i) => (
          <Story key={i} story={story} edition={edition} publication={publication} />
        ))}
      </Section>
      {edition === "free" ? (
        <Section style={{ marginTop: "24px", padding: "16px", border: `2px solid ${colors.accent}`, borderRadius: "6px" }}>
          <Text style={{ fontSize: "16px", lineHeight: "1.5", margin: "0" }}>
            Subscribers get the full brief every morning: the editors’ introduction and a short summary of every story, with our analysis
            unlocked.
          </Text>
          <Button
            className="email-button"
            href={links.subscribe}
            style={{
              marginTop: "12px",
              backgroundColor: colors.accent,
              color: "#ffffff",
              padding: "10px 18px",
              borderRadius: "4px",
              fontFamily: sans,
              fontWeight: "bold",
            }}
          >
            Subscribe to {publication.name}
          </Button>
        </Section>
      ) : null}
    </EmailLayout>
  );
}
