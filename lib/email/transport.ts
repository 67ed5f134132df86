import "server-only";
import fs from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { getEnv } from "@/lib/env";

// SMTP when SMTP_URL is set; otherwise a local outbox folder of .eml files that developers
// read on /dev/mailbox. Both go through nodemailer, so messages are built identically.

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
}

export async function deliver(mail: OutgoingMail, from: string): Promise<void> {
  const info = await getTransporter().sendMail({ from, ...mail });
  if (!getEnv().SMTP_URL) {
    const dir = outboxDir();
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${Date.now()}-${info.messageId.replace(/[^a-zA-Z0-9]/g, "")}.eml`);
    fs.writeFileSync(file, info.message as Buffer);
  }
}
