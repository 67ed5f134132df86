import "server-only";
import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";

// SMTP when SMTP_URL is set; otherwise a local outbox folder of .eml files that developers
// read on /dev/mailbox. Both go through nodemailer, so messages are built identically. Only the
// job worker calls this: requests queue emails (lib/email/enqueue-email.ts), they never send.

export function outboxDir(): string {
  return path.resolve(getEnv().DISPATCH_DATA_DIR, "outbox");
}

let transporter: Transporter | undefined;

function getTransporter(): Transporter {
  const { SMTP_URL } = getEnv();
  transporter ??= SMTP_URL
    ? nodemailer.createTransport(SMTP_URL)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return transporter;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

function sender(): string {
  const { MAIL_FROM, PUBLICATION_NAME } = getEnv();
  return MAIL_FROM ?? `${PUBLICATION_NAME} <no-reply@localhost>`;
}

/** Hands one message to the mail server (or the outbox); resolves once it was accepted. */
export async function deliver(mail: OutgoingMail): Promise<void> {
  const info = await getTransporter().sendMail({ from: sender(), ...mail });
  if (!getEnv().SMTP_URL) {
    const dir = outboxDir();
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${Date.now()}-${info.messageId.replace(/[^a-zA-Z0-9]/g, "")}.eml`);
    fs.writeFileSync(`${file}.partial`, info.message as Buffer);
    fs.renameSync(`${file}.partial`, file);
  }
}
