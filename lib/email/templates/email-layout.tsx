import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// The frame of every email: the publication's name on top, a footer saying why the reader gets
// it. Colours hold up in light and dark mode; widths collapse on a phone.

export interface EmailFrame {
  publication: { name: string; url: string };
  /** The line mail clients show next to the subject. */
  preview: string;
  /** Why this reader gets this email, shown in the footer. */
  reason?: string;
  /** Shown in the footer of list mail (the Daily Brief); transactional email has none. */
  unsubscribeUrl?: string;
}

export const colors = { ink: "#1b1b1f", muted: "#55555c", accent: "#9f1d20", paper: "#fbfaf7" };

// Clients that honour prefers-color-scheme (Apple Mail, Outlook apps) get light text on a dark
// page; the inline colours above are the light default everywhere else.
const darkMode = `@media (prefers-color-scheme: dark) {
  .email-body { background-color: #161618 !important; color: #ececec !important; }
  .email-body p, .email-body a, .email-body h1, .email-body h2 { color: #ececec !important; }
  .email-body .email-muted { color: #b4b4ba !important; }
  .email-body .email-button { background-color: #c8383b !important; color: #ffffff !important; }
}`;

export function EmailLayout({ publication, preview, reason, unsubscribeUrl, children }: EmailFrame & { children: ReactNode }) {
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <style>{darkMode}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body
        className="email-body"
        style={{ margin: 0, backgroundColor: colors.paper, color: colors.ink, fontFamily: "Georgia, 'Times New Roman', serif" }}
      >
        <Container style={{ maxWidth: "560px", padding: "24px 16px" }}>
          <Section style={{ borderBottom: `2px solid ${colors.accent}`, paddingBottom: "12px" }}>
            <Link href={publication.url} style={{ color: colors.ink, fontSize: "24px", fontWeight: "bold", textDecoration: "none" }}>
              {publication.name}
            </Link>
          </Section>
          {children}
          <Hr style={{ borderColor: "#d4d4d8", marginTop: "32px" }} />
          <Text className="email-muted" style={{ fontSize: "13px", color: colors.muted, fontFamily: "Arial, sans-serif" }}>
            {reason ?? `You get this email because of your account at ${publication.name}.`}
            {unsubscribeUrl ? (
              <>
                {" "}
                <Link href={unsubscribeUrl} style={{ color: colors.muted }}>
                  Unsubscribe
                </Link>
              </>
            ) : null}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
