import "server-only";
import { db } from "@/lib/db";
import type { ComposedEmail, ComposeInput } from "@/lib/email/compose";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { formatDate } from "@/lib/format";
import { getPublication } from "@/lib/publication";
import { ACADEMIC_PERCENT_OFF } from "./academic-rules";

// Emails about an academic discount put onto, or withdrawn from, a running subscription.
// Written by the worker when it sends them.

export async function composeDiscountAppliedEmail({ payload }: ComposeInput<"academic-discount-applied">): Promise<ComposedEmail | null> {
  const code = await db.discountCode.findUnique({ where: { id: payload.codeId } });
  // Taken off again before its turn came (revoked): say nothing rather than something untrue.
  if (!code?.appliesToSubscription || code.status !== "redeemed" || code.discountRemovedAt) return null;
  const subscription = await db.subscription.findUnique({ where: { stripeSubscriptionId: code.appliesToSubscription } });
  const publication = await getPublication();
  const renewal = subscription ? `, on ${formatDate(subscription.currentPeriodEnd)}` : "";
  return {
    subject: `You now pay the student price for ${publication.name}`,
    body: (
      <NoticeEmail
        publication={publication}
        preview={`${ACADEMIC_PERCENT_OFF}% off your subscription from the next renewal`}
        paragraphs={[
          `Because you confirmed an academic address (${code.email}), your subscription now has ${ACADEMIC_PERCENT_OFF}% off. You pay the student price from your next renewal${renewal}.`,
          "Nothing else changes. Once a year we ask you to confirm the address again to keep the discount.",
        ]}
        action={{ label: "Open my account", url: `${publication.url}/account` }}
      />
    ),
  };
}

export async function composeDiscountRevokedEmail(): Promise<ComposedEmail> {
  const publication = await getPublication();
  return {
    subject: `Your academic discount at ${publication.name} was withdrawn`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Your academic discount was withdrawn"
        paragraphs={[
          `Our team has withdrawn your ${ACADEMIC_PERCENT_OFF}% academic discount. Your subscription continues, and your next renewal is at the full price.`,
          "If you think this is a mistake, reply to this email. You can cancel any time from your account.",
        ]}
        action={{ label: "Open my account", url: `${publication.url}/account` }}
      />
    ),
  };
}
