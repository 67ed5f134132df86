import type { Metadata } from "next";
import { SubscriptionSummary } from "@/components/account/subscription-summary";
import { BriefPreferences } from "@/components/briefs/brief-preferences";
import { AcademicSection } from "@/components/discounts/academic-section";
import { PrivateFeedSection } from "@/components/podcast/private-feed-section";
import { requireUser } from "@/lib/auth/guards";
import { getAcademicOverview } from "@/lib/discounts/academic-overview";
import { currentSubscription, toViewer } from "@/lib/entitlements";
import { getPrivateFeedOverview } from "@/lib/podcasts/private-feed-overview";
import { getAccessPolicy } from "@/lib/viewer";
import { pageMessage } from "@/lib/page-messages";
import { deleteMyAccount, openBillingPortal, saveProfile, signOut } from "./actions";
import { ACCOUNT_ERRORS, ACCOUNT_NOTICES } from "./messages";
import { replacePodcastFeedAddress } from "./podcast-feed-actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

interface Props {
  searchParams: Promise<{ notice?: string | string[]; error?: string | string[] }>;
}

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser("/account");
  const params = await searchParams;
  const notice = pageMessage(ACCOUNT_NOTICES, params.notice);
  const error = pageMessage(ACCOUNT_ERRORS, params.error);
  const subscription = currentSubscription(user.subscriptions);
  const now = new Date();
  const academic = await getAcademicOverview(user.id, subscription, now);
  const podcastFeed = await getPrivateFeedOverview(user.id, toViewer(user), getAccessPolicy(now));
  const academicMessage =
    notice?.section === "academic"
      ? { text: notice.text, tone: "notice" as const }
      : error?.section === "academic"
        ? { text: error.text, tone: "error" as const }
        : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-10">
      <h1 className="font-serif text-3xl font-bold">Your account</h1>
      {notice?.section === "top" && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3">
          {notice.text}
        </p>
      )}
      {error?.section === "top" && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {error.text}
        </p>
      )}

      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="font-serif text-xl font-bold">
          Profile
        </h2>
        <dl className="mt-3">
          <dt className="font-semibold">Email</dt>
          <dd>{user.email}</dd>
        </dl>
        <form action={saveProfile} className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="name" className="block font-semibold">
              Name
            </label>
            <input
              id="name"
              name="name"
              defaultValue={user.name ?? ""}
              maxLength={100}
              autoComplete="name"
              className="mt-1 rounded border border-neutral-400 bg-white px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded border border-ink px-4 py-2 font-semibold hover:bg-ink hover:text-paper">
            Save name
          </button>
        </form>
      </section>

      <section id="billing" aria-labelledby="plan-heading">
        <h2 id="plan-heading" className="font-serif text-xl font-bold">
          Subscription
        </h2>
        <SubscriptionSummary subscription={subscription} />
        {user.stripeCustomerId && (
          <form action={openBillingPortal} className="mt-4">
            <button type="submit" className="rounded border border-ink px-4 py-2 font-semibold hover:bg-ink hover:text-paper">
              Manage billing
            </button>
            <p className="mt-1 text-sm text-muted">Switch between monthly and yearly, update your card, see invoices or cancel.</p>
          </form>
        )}
      </section>

      <PrivateFeedSection overview={podcastFeed} action={replacePodcastFeedAddress} />
      <BriefPreferences user={user} />

      <AcademicSection state={academic.state} academicEmails={academic.academicEmails} message={academicMessage} now={now} />

      <section aria-labelledby="data-heading">
        <h2 id="data-heading" className="font-serif text-xl font-bold">
          Your data
        </h2>
        <p className="mt-2">
          <a href="/account/export" download className="underline">
            Download my data (JSON)
          </a>
        </p>
        <form action={signOut} className="mt-4">
          <button type="submit" className="rounded border border-ink px-4 py-2 font-semibold hover:bg-ink hover:text-paper">
            Sign out
          </button>
        </form>
      </section>

      <section aria-labelledby="delete-heading" className="rounded border border-red-700 p-4">
        <h2 id="delete-heading" className="font-serif text-xl font-bold text-red-900">
          Delete account
        </h2>
        <p className="mt-2">This removes your account and personal data and ends any subscription. It cannot be undone.</p>
        <form action={deleteMyAccount} className="mt-3 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="confirm" className="block font-semibold">
              Type DELETE to confirm
            </label>
            <input
              id="confirm"
              name="confirm"
              required
              pattern="DELETE"
              autoComplete="off"
              className="mt-1 rounded border border-neutral-400 bg-white px-3 py-2"
            />
          </div>
          <button type="submit" className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
            Delete my account
          </button>
        </form>
      </section>
    </div>
  );
}
