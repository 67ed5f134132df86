import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { ComposedEmail, ComposeInput } from "@/lib/email/compose";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { formatDate } from "@/lib/format";
import { getPublication } from "@/lib/publication";
import { ACADEMIC_PERCENT_OFF } from "./academic-rules";
import { ensurePromotionCode } from "./issue-code";
import { ACADEMIC_LINK_LIFETIME_MS, hashLinkToken } from "./link-token";

// The academic discount's emails, written by the worker when it sends them. Links that carry a
// token are made here, so tokens never rest in the queue.

const linkHours = ACADEMIC_LINK_LIFETIME_MS / 3_600_000;

export async function composeDiscountCodeEmail({ payload }: ComposeInput<"discount-code">): Promise<ComposedEmail | null> {
  const found = await db.discountCode.findUnique({ where: { id: payload.codeId } });
  // Revoked or expired before its turn came: the reader must not get a code that won't work.
  if (!found || found.status !== "issued" || found.expiresAt <= new Date()) return null;
  const code = await ensurePromotionCode(found);
  const publication = await getPublication();
  return {
    subject: `Your ${ACADEMIC_PERCENT_OFF}% academic code for ${publication.name}`,
    body: (
      <NoticeEmail
        publication={publication}
        preview={`Your personal ${ACADEMIC_PERCENT_OFF}% academic code`}
        paragraphs={[
          `Because you verified an academic address (${code.email}), you get ${ACADEMIC_PERCENT_OFF}% off a monthly or yearly subscription.`,
          `Your personal code is ${code.code}. It works only for your account, once, until ${formatDate(code.expiresAt)}. When you subscribe while signed in, it is applied for you.`,
        ]}
        action={{ label: "Subscribe at half price", url: `${publication.url}/pricing` }}
        footnote="The code is personal: it only works for your account."
      />
    ),
  };
}

export async function composeAcademicConfirmationEmail({
  to,
  userId,
  payload,
}: ComposeInput<"academic-confirmation">): Promise<ComposedEmail | null> {
  const address = await db.academicEmail.findUnique({ where: { id: payload.academicEmailId } });
  // Confirmed already, or its request lapsed and another reader's replaced it: no link to send.
  const expires = address?.verifyTokenExpires;
  if (!address || address.verifiedAt || address.userId !== userId || !expires || expires <= new Date()) return null;
  const token = crypto.randomBytes(32).toString("hex");
  await db.academicEmail.update({ where: { id: address.id }, data: { verifyTokenHash: hashLinkToken(token) } });
  const publication = await getPublication();
  return {
    subject: `Confirm your academic address for ${publication.name}`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Confirm your academic email address"
        paragraphs={[
          `Confirm that ${to} is your address to get the academic discount at ${publication.name}. The link works once, within ${linkHours} hours of your request.`,
        ]}
        action={{ label: "Confirm my academic address", url: `${publication.url}/account/academic/confirm?token=${token}` }}
        footnote="If you did not ask for this, ignore this email."
        reason={`You get this email because a reader of ${publication.name} said this address is theirs.`}
      />
    ),
  };
}

export async function composeReconfirmationEmail({ to, payload }: ComposeInput<"academic-reconfirmation">): Promise<ComposedEmail | null> {
  const code = await db.discountCode.findUnique({ where: { id: payload.codeId } });
  if (!code || code.status !== "redeemed" || code.discountRemovedAt) return null;
  const token = crypto.randomBytes(32).toString("hex");
  await db.discountCode.update({ where: { id: code.id }, data: { reconfirmTokenHash: hashLinkToken(token) } });
  const publication = await getPublication();
  return {
    subject: `Confirm your academic address to keep ${ACADEMIC_PERCENT_OFF}% off ${publication.name}`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Keep your academic discount"
        paragraphs={[
          `Once a year we ask students and teachers to confirm their academic address. Please confirm ${to} by ${formatDate(new Date(payload.due))}.`,
          `If you don't, your ${ACADEMIC_PERCENT_OFF}% discount ends on that date and renewals after it are at the full price. You can cancel any time from your account.`,
        ]}
        action={{ label: "Confirm my academic address", url: `${publication.url}/account/academic/reconfirm?token=${token}` }}
      />
    ),
  };
}

export async function composeDiscountEndedEmail(): Promise<ComposedEmail> {
  const publication = await getPublication();
  return {
    subject: `Your academic discount at ${publication.name} has ended`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Your academic discount has ended"
        paragraphs={[
          `We didn't receive a confirmation of your academic address, so your ${ACADEMIC_PERCENT_OFF}% discount has ended. Your next renewal is at the full price.`,
          "If you are still a student or teacher, confirm your academic address again on your account page and the discount comes back from the renewal after that.",
        ]}
        action={{ label: "Open my account", url: `${publication.url}/account` }}
      />
    ),
  };
}
