import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { db } from "@/lib/db";
import { hashVerificationToken } from "@/lib/auth/magic-link";
import { requestSignIn } from "@/lib/auth/sign-in";
import { SIGN_IN_PER_IP } from "@/lib/rate-limit";
import { runDueJobs, stopJobs } from "../support/jobs";

// A real SMTP server receives the sign-in email over the wire; the link inside it is then
// redeemed through next-auth's own adapter, exactly once.

const received: ParsedMail[] = [];
let smtp: SMTPServer;
/** Mail for one address: the queue is shared with earlier test files, whose emails may go out too. */
const mailTo = (address: string) => received.filter((mail) => (mail.to && "text" in mail.to ? mail.to.text : "") === address);

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as { port: number };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.APP_URL = "http://localhost:3999";
});

afterAll(async () => {
  await stopJobs();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await db.$disconnect();
});

describe("sign-in email over SMTP", () => {
  it("delivers an HTML + text email whose link signs the reader in once", async () => {
    const result = await requestSignIn({ email: "  Reader@Example.ORG ", callbackUrl: "/articles/x" }, "10.0.0.1");
    expect(result).toBe("sent");
    expect(received).toHaveLength(0); // queued, not sent inside the request
    await runDueJobs();
    expect(mailTo("reader@example.org")).toHaveLength(1);
    const mail = mailTo("reader@example.org")[0]!;
    expect(mail.subject).toBe("Sign in to Southbound");
    expect(mail.html).toContain("Southbound");
    const link = new URL(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/.exec(mail.text ?? "")![0]);
    expect(mail.html).toContain(link.toString().replaceAll("&", "&amp;"));
    expect(link.origin + link.pathname).toBe("http://localhost:3999/api/auth/callback/email");
    expect(link.searchParams.get("callbackUrl")).toBe("/articles/x");
    expect(link.searchParams.get("email")).toBe("reader@example.org");

    // Only a hash of the token is stored, and it expires in 24 hours.
    const token = link.searchParams.get("token")!;
    const stored = await db.verificationToken.findFirstOrThrow({ where: { identifier: "reader@example.org" } });
    expect(stored.token).not.toContain(token);
    expect(stored.token).toBe(hashVerificationToken(token, "integration-test-secret"));
    expect(stored.expires.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);

    const adapter = PrismaAdapter(db);
    const first = await adapter.useVerificationToken!({ identifier: "reader@example.org", token: stored.token });
    expect(first?.identifier).toBe("reader@example.org");
    const second = await adapter.useVerificationToken!({ identifier: "reader@example.org", token: stored.token });
    expect(second).toBeNull();
  });

  it("refuses bad addresses and never sends to them", async () => {
    const before = received.length;
    expect(await requestSignIn({ email: "not-an-address", callbackUrl: "/" }, "10.0.0.2")).toBe("invalid");
    await runDueJobs();
    expect(received).toHaveLength(before);
  });

  it("only redirects to paths on this site after sign-in", async () => {
    await requestSignIn({ email: "second@example.org", callbackUrl: "https://evil.example/phish" }, "10.0.0.3");
    await runDueJobs();
    const link = new URL(/https?:\/\/\S+\/api\/auth\/callback\/email\S+/.exec(mailTo("second@example.org").at(-1)!.text ?? "")![0]);
    expect(link.searchParams.get("callbackUrl")).toBe("/");
  });

  it("limits sign-in emails per IP address as well as per address", async () => {
    const results = [];
    const { limit } = SIGN_IN_PER_IP;
    for (let i = 0; i <= limit; i++) results.push(await requestSignIn({ email: `p${i}@example.org`, callbackUrl: "/" }, "10.9.9.9"));
    expect(results.slice(0, limit).every((r) => r === "sent")).toBe(true);
    expect(results[limit]).toBe("rate-limited");
  });
});
