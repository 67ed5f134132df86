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
    paragraphs: [`Confirm that ${to} is your address to get the academic discount at ${publication.name}. The link works once and expires in 24 hours.`],
    action: { label: "Confirm my academic address", url: link },
    footnote: "If you did not ask for this, ignore this email.",
  });
  await sendMail({ to, subject: `Confirm your academic address for ${publication.name}`, html, text });
}
