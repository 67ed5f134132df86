import "server-only";
import { db } from "@/lib/db";
import type { ComposedEmail, ComposeInput } from "@/lib/email/compose";
import { NoticeEmail } from "@/lib/email/templates/notice-email";
import { formatDate, formatMoney } from "@/lib/format";
import { getPublication } from "@/lib/publication";

// Billing emails, written by the worker from the facts queued with them (billing-emails.ts).

const on = (iso: string) => formatDate(new Date(iso));

/** News about a subscription is not sent to an account deleted since it was queued: the goodbye email covers it. */
async function accountGone(userId: string | null): Promise<boolean> {
  return userId !== null && (await db.user.count({ where: { id: userId } })) === 0;
}

export async function composeWelcomeEmail({ userId, payload }: ComposeInput<"billing-welcome">): Promise<ComposedEmail | null> {
  if (await accountGone(userId)) return null;
  const publication = await getPublication();
  const price = `${formatMoney(payload.amount, payload.currency)} a ${payload.interval}`;
  return {
    subject: `Welcome to ${publication.name}`,
    body: (
      <NoticeEmail
        publication={publication}
        preview={`Your ${payload.planName} subscription is active`}
        paragraphs={[
          `Thank you for subscribing to ${publication.name}. Your ${payload.planName} plan is active: ${price}${payload.percentOff ? `, with your ${payload.percentOff}% discount` : ""}.`,
          `It renews on ${on(payload.renewsAt)}. You can switch plans, update your card or cancel any time from your account.`,
        ]}
        action={{ label: "Start reading", url: publication.url }}
      />
    ),
  };
}

export async function composePaymentFailedEmail({
  userId,
  payload,
}: ComposeInput<"billing-payment-failed">): Promise<ComposedEmail | null> {
  if (await accountGone(userId)) return null;
  const publication = await getPublication();
  return {
    subject: `Your ${publication.name} payment didn't go through`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Your renewal payment failed"
        paragraphs={[
          `We couldn't renew your ${payload.planName} subscription: the payment was declined. We will try the card again.`,
          `You keep reading until ${on(payload.readableUntil)}. Please update your card from your account before then.`,
        ]}
        action={{ label: "Update my card", url: `${publication.url}/account` }}
      />
    ),
  };
}

export async function composeCancelScheduledEmail({
  userId,
  payload,
}: ComposeInput<"billing-cancel-scheduled">): Promise<ComposedEmail | null> {
  if (await accountGone(userId)) return null;
  const publication = await getPublication();
  return {
    subject: `Your ${publication.name} subscription won't renew`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Your cancellation is confirmed"
        paragraphs={[
          `Your ${payload.planName} subscription is canceled and won't renew; you won't be charged again.`,
          `You keep reading until ${on(payload.accessUntil)}. Changed your mind? You can renew from your account until then.`,
        ]}
        action={{ label: "Open my account", url: `${publication.url}/account` }}
      />
    ),
  };
}

export async function composeEndedEmail({ userId, payload }: ComposeInput<"billing-ended">): Promise<ComposedEmail | null> {
  if (await accountGone(userId)) return null;
  const publication = await getPublication();
  return {
    subject: `Your ${publication.name} subscription has ended`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Your subscription has ended"
        paragraphs={[
          `Your ${payload.planName} subscription has ended, and you won't be charged again.`,
          "Thank you for reading. You can subscribe again whenever you like.",
        ]}
        action={{ label: "See the plans", url: `${publication.url}/pricing` }}
      />
    ),
  };
}

export async function composeDuplicateRefundedEmail({ payload }: ComposeInput<"billing-duplicate-refunded">): Promise<ComposedEmail> {
  const publication = await getPublication();
  return {
    subject: `We refunded a second ${publication.name} subscription`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="You were charged twice; we refunded it"
        paragraphs={[
          `You already had a subscription when a second one (${payload.planName}) was paid for. Nobody should pay twice, so we canceled the second one straight away.`,
          `We refunded ${formatMoney(payload.amount, payload.currency)} in full to your card; your bank may take a few days to show it. Your first subscription continues unchanged.`,
        ]}
        action={{ label: "Open my account", url: `${publication.url}/account` }}
      />
    ),
  };
}

export async function composeAccountDeletedEmail({ payload }: ComposeInput<"account-deleted">): Promise<ComposedEmail> {
  const publication = await getPublication();
  return {
    subject: `Your ${publication.name} account has been deleted`,
    body: (
      <NoticeEmail
        publication={publication}
        preview="Your account has been deleted"
        paragraphs={[
          `${payload.name ? `${payload.name}, as` : "As"} you asked, we deleted your ${publication.name} account and the data tied to it.`,
          ...(payload.subscriptionCanceled ? ["Your subscription was canceled first, so you won't be charged again."] : []),
          "You are welcome back any time: signing in with this address starts a new account.",
        ]}
        reason={`You get this email because the ${publication.name} account for this address was deleted.`}
      />
    ),
  };
}
