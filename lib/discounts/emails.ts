import "server-only";
import type { DiscountCode } from "@prisma/client";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/email/layout";
import { sendMail } from "@/lib/email/send-mail";
import { formatDate } from "@/lib/format";
import { getPublication } from "@/lib/publication";
import { ACADEMIC_PERCENT_OFF } from "./academic-rules";

export async function sendDiscountCodeEmail(code: DiscountCode): Promise<void> {
  const publication = getPublication();
  const user = await db.user.findUniqueOrThrow({ where: { id: code.userId }, select: { email: true } });
  const { html, text } = renderEmail({
    publication: publication.name,
    preview: `Your personal ${ACADEMIC_PERCENT_OFF}% academic code`,
    paragraphs: [
      `Because you verified an academic address (${code.email}), you get ${ACADEMIC_PERCENT_OFF}% off a monthly or yearly subscription.`,
      `Your personal code is ${code.code}. It works only for your account, once, until ${formatDate(code.expiresAt)}. When you subscribe while signed in, it is applied for you.`,
    ],
    action: { label: "Subscribe at half price", url: `${publication.url}/pricing` },
    footnote: "The code is personal: it only works for your account.",
  });
  await sendMail({ to: user.email, subject: `Your ${ACADEMIC_PERCENT_OFF}% academic code for ${publication.name}`, html, text });
}

export async function sendAcademicConfirmationEmail(to: string, link: string): Promise<void> {
  const publication = getPublication();
  const { html, text } = renderEmail({
    publication: publication.name,
    preview: "Confirm your academic email address",
    paragraphs: [
      `Confirm that ${to} is your address to get the academic discount at ${publication.name}. The link works once and expires in 24 hours.`,
    ],
    action: { label: "Confirm my academic address", url: link },
    footnote: "If you did not ask for this, ignore this email.",
  });
  await sendMail({ to, subject: `Confirm your academic address for ${publication.name}`, html, text });
}

export async function sendReconfirmationEmail(to: string, link: string, due: Date): Promise<void> {
  const publication = getPublication();
  const { html, text } = renderEmail({
    publication: publication.name,
    preview: "Keep your academic discount",
    paragraphs: [
      `Once a year we ask students and teachers to confirm their academic address. Please confirm ${to} by ${formatDate(due)}.`,
      `If you don't, your ${ACADEMIC_PERCENT_OFF}% discount ends on that date and renewals after it are at the full price. You can cancel any time from your account.`,
    ],
    action: { label: "Confirm my academic address", url: link },
  });
  await sendMail({ to, subject: `Confirm your academic address to keep ${ACADEMIC_PERCENT_OFF}% off ${publication.name}`, html, text });
}

export async function sendDiscountEndedEmail(userId: string): Promise<void> {
  const publication = getPublication();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
  const { html, text } = renderEmail({
    publication: publication.name,
    preview: "Your academic discount has ended",
    paragraphs: [
      `We didn't receive a confirmation of your academic address, so your ${ACADEMIC_PERCENT_OFF}% discount has ended. Your next renewal is at the full price.`,
      "If you are still a student or teacher, add your academic address again on your account page to get a new code.",
    ],
    action: { label: "Open my account", url: `${publication.url}/account` },
  });
  await sendMail({ to: user.email, subject: `Your academic discount at ${publication.name} has ended`, html, text });
}
