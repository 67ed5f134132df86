import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RoleForm } from "@/components/desk/role-form";
import { requireRole } from "@/lib/auth/guards";
import { deskLinks } from "@/lib/desk/desk-links";
import { formatDate } from "@/lib/format";
import { getPersonProfile, type PersonProfile } from "@/lib/people/person-profile";
import { ROLE_LABELS } from "@/lib/people/role-rules";
import { changeRoleAction } from "../actions";

export const metadata: Metadata = { title: "Person", robots: { index: false } };

interface Props {
  params: Promise<{ id: string }>;
}

function Facts({ rows }: { rows: Array<[string, React.ReactNode]> }) {
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function subscriptionRows({ subscription }: PersonProfile): Array<[string, React.ReactNode]> {
  if (!subscription) return [["Plan", "No subscription"]];
  return [
    ["Plan", subscription.plan.name],
    ["Status", subscription.status + (subscription.cancelAtPeriodEnd ? ", cancels at period end" : "")],
    ["Period ends", formatDate(subscription.currentPeriodEnd)],
    ...(subscription.discountPercentOff
      ? [["Discount", `${subscription.discountPercentOff}% (${subscription.discountCode ?? "code"})`] as [string, string]]
      : []),
  ];
}

function academicRows({ academicCode, academicEmails }: PersonProfile): Array<[string, React.ReactNode]> {
  const rows: Array<[string, React.ReactNode]> = academicCode
    ? [
        ["Code", `${academicCode.code} (${academicCode.status}${academicCode.grantedById ? ", granted by hand" : ""})`],
        ["Claimed mailbox", academicCode.email],
        ["Issued", formatDate(academicCode.issuedAt)],
      ]
    : [["Code", "None"]];
  for (const address of academicEmails)
    rows.push([
      "Added address",
      `${address.email} (${address.verifiedAt ? `confirmed ${formatDate(address.verifiedAt)}` : "not confirmed"})`,
    ]);
  return rows;
}

export default async function PersonPage({ params }: Props) {
  await requireRole("ADMIN");
  const { id } = await params;
  const person = /^[A-Za-z0-9-]{1,64}$/.test(id) ? await getPersonProfile(id) : null;
  if (!person) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href={deskLinks.people} className="underline">
          ← People
        </Link>
      </p>
      <h1 className="mt-2 break-all font-serif text-3xl font-bold">{person.email}</h1>
      <p className="text-sm text-muted">
        {person.name ? `${person.name} · ` : ""}
        {ROLE_LABELS[person.role]} · joined {formatDate(person.createdAt)}
      </p>
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <section aria-labelledby="role-heading" className="rounded border border-neutral-300 bg-white p-4 md:col-span-2">
          <h2 id="role-heading" className="mb-3 font-serif text-xl font-bold">
            Role
          </h2>
          <RoleForm userId={person.id} role={person.role} action={changeRoleAction} />
        </section>
        <section aria-labelledby="subscription-heading" className="rounded border border-neutral-300 bg-white p-4">
          <h2 id="subscription-heading" className="font-serif text-xl font-bold">
            Subscription
          </h2>
          <Facts rows={subscriptionRows(person)} />
        </section>
        <section aria-labelledby="academic-heading" className="rounded border border-neutral-300 bg-white p-4">
          <h2 id="academic-heading" className="font-serif text-xl font-bold">
            Academic discount
          </h2>
          <Facts rows={academicRows(person)} />
        </section>
      </div>
      <p className="mt-4 text-sm">
        <Link href={`${deskLinks.audit}?subject=${encodeURIComponent(person.email)}`} className="underline">
          This person’s history in the audit log
        </Link>
      </p>
    </>
  );
}
