import { Button, Section, Text } from "@react-email/components";
import { colors, EmailLayout, type EmailFrame } from "./email-layout";

// One message, optionally one button: sign-in links, codes, billing notices.

export interface NoticeContent extends EmailFrame {
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote?: string;
}

const paragraph = { fontSize: "16px", lineHeight: "1.5", margin: "16px 0 0" };

export function NoticeEmail({ paragraphs, action, footnote, ...frame }: NoticeContent) {
  return (
    <EmailLayout {...frame}>
      {paragraphs.map((text, i) => (
        <Text key={i} style={paragraph}>
          {text}
        </Text>
      ))}
      {action ? (
        <Section style={{ padding: "24px 0 8px" }}>
          <Button
            className="email-button"
            href={action.url}
            style={{
              backgroundColor: colors.accent,
              color: "#ffffff",
              padding: "12px 20px",
              borderRadius: "4px",
              fontFamily: "Arial, sans-serif",
              fontWeight: "bold",
            }}
          >
            {action.label}
          </Button>
          <Text style={{ fontSize: "13px", color: colors.muted, wordBreak: "break-all" }}>
            Or paste this link into your browser: {action.url}
          </Text>
        </Section>
      ) : null}
      {footnote ? <Text style={{ fontSize: "13px", color: colors.muted, marginTop: "24px" }}>{footnote}</Text> : null}
    </EmailLayout>
  );
}
