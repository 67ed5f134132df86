import "server-only";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import MailComposer from "nodemailer/lib/mail-composer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";
import { getEnv } from "@/lib/env";

// SMTP when SMTP_URL is set; otherwise a local outbox folder of .eml files that developers
// read on /dev/mailbox. Both go through nodemailer, so messages are built (and DKIM-signed)
// identically. Only the job worker sends: requests queue emails (lib/email/enqueue-email.ts).
// SMTP connections are pooled: the Daily Brief sends thousands of messages through a handful of
// open connections instead of one handshake (and TLS negotiation) per message.

export function outboxDir(): string {
  return path.resolve(getEnv().DISPATCH_DATA_DIR, "outbox");
}

/** A body already quoted-printable encoded with CRLF line breaks (lib/email/qp-template.ts): sent as is. */
export interface EncodedBody {
  quotedPrintable: string;
}

type EncodedBodies = { html: EncodedBody; text: EncodedBody };

export type OutgoingMail = {
  to: string;
  subject: string;
  headers?: Record<string, string>;
  /** A stable Message-ID (e.g. one per brief and reader), so a rare resend is recognisable as the same message. */
  messageId?: string;
} & ({ html: string; text: string } | EncodedBodies);

/** A whole message built by the caller (from `Mailer.compose` output): sent as is, DKIM-signed when configured. */
export interface PreparedMail {
  to: string;
  raw: Buffer;
}

export interface DkimKey {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

export interface MailerConfig {
  /** smtp(s):// address; without it, messages are written to `outbox`. */
  smtpUrl?: string;
  from: string;
  maxConnections: number;
  dkim?: DkimKey;
  outbox: string;
}

export interface Mailer {
  /** Hands one message to the mail server (or the outbox); resolves once it was accepted. */
  send(mail: OutgoingMail | PreparedMail): Promise<void>;
  /** The message `send` would build for `mail` (From included), for callers that copy it many times. */
  compose(mail: OutgoingMail): Promise<string>;
  close(): void;
}

// RFC 8058: the one-click unsubscribe headers must be covered by the DKIM signature. nodemailer
// signs RFC 4871's list by default, which predates List-Unsubscribe-Post.
const DKIM_HEADERS = [
  "From:Sender:Reply-To:Subject:Date:Message-ID:To:Cc:MIME-Version:Content-Type:Content-Transfer-Encoding",
  "In-Reply-To:References:List-Id:List-Unsubscribe:List-Unsubscribe-Post",
].join(":");

export function mailerConfigFromEnv(): MailerConfig {
  const env = getEnv();
  const dkim =
    env.DKIM_DOMAIN && env.DKIM_SELECTOR && env.DKIM_PRIVATE_KEY
      ? { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: env.DKIM_PRIVATE_KEY }
      : undefined;
  return {
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM ?? `${env.PUBLICATION_NAME} <no-reply@localhost>`,
    maxConnections: env.SMTP_MAX_CONNECTIONS,
    dkim,
    outbox: outboxDir(),
  };
}

function writeToOutbox(dir: string, messageId: string, message: Buffer): void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${Date.now()}-${messageId.replace(/[^a-zA-Z0-9]/g, "")}.eml`);
  fs.writeFileSync(`${file}.partial`, message);
  fs.renameSync(`${file}.partial`, file);
}

const isEncoded = (mail: OutgoingMail): mail is OutgoingMail & EncodedBodies => typeof mail.html !== "string";

/** A pre-encoded body becomes a ready MIME part, so nodemailer neither scans nor re-encodes it. */
const readyPart = (body: EncodedBody, type: "text/html" | "text/plain") => ({
  raw: `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body.quotedPrintable}`,
});

/**
 * Opens each pooled connection with Nagle's algorithm off (nodemailer leaves it on). With it on,
 * the small last write of every message (the terminating ".") waits for the server to acknowledge
 * the body, and servers delay that acknowledgement (40 ms on Linux): measured, one connection
 * sent 18 messages/s with it and 120/s without. nodemailer still owns the connection (TLS for
 * smtps://, STARTTLS, greeting and socket timeouts, which also bound a connect that hangs).
 */
const connectWithoutDelay: SMTPPool.Options["getSocket"] = (options, callback) => {
  const implicitTls = options.secure ?? Number(options.port) === 465;
  const port = Number(options.port) || (implicitTls ? 465 : 587);
  callback(null, { connection: net.connect({ host: options.host ?? "localhost", port, noDelay: true }) });
};

export function createMailer(config: MailerConfig): Mailer {
  const dkim = config.dkim ? { ...config.dkim, headerFieldNames: DKIM_HEADERS } : undefined;
  const transporter: Transporter = config.smtpUrl
    ? nodemailer.createTransport({
        ...parseConnectionUrl(config.smtpUrl),
        pool: true,
        maxConnections: config.maxConnections,
        // A stuck server must not hold a claimed brief delivery for long (see lib/briefs/send-deliveries.ts).
        connectionTimeout: 30_000,
        greetingTimeout: 30_000,
        socketTimeout: 60_000,
        getSocket: connectWithoutDelay,
        dkim,
      } satisfies SMTPPool.Options)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix", dkim });
  const sender = (addressparser(config.from, { flatten: true })[0] as { address: string } | undefined)?.address ?? config.from;
  const options = (mail: OutgoingMail): SendMailOptions =>
    isEncoded(mail)
      ? // Plain text first: clients show the last alternative they can, so HTML where they can.
        {
          from: config.from,
          ...mail,
          html: undefined,
          text: undefined,
          alternatives: [readyPart(mail.text, "text/plain"), readyPart(mail.html, "text/html")],
        }
      : { from: config.from, ...mail };
  return {
    async send(mail) {
      const info = await transporter.sendMail("raw" in mail ? { envelope: { from: sender, to: mail.to }, raw: mail.raw } : options(mail));
      if (!config.smtpUrl) writeToOutbox(config.outbox, info.messageId, info.message as Buffer);
    },
    compose: async (mail) => (await new MailComposer(options(mail)).compile().build()).toString(),
    close: () => transporter.close(),
  };
}

let shared: Mailer | undefined;

/** The process's mailer, configured from the environment (one connection pool per process). */
export function getMailer(): Mailer {
  shared ??= createMailer(mailerConfigFromEnv());
  return shared;
}

/** Hands one message to the mail server (or the outbox); resolves once it was accepted. */
export function deliver(mail: OutgoingMail): Promise<void> {
  return getMailer().send(mail);
}
