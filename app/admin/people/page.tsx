import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/desk/pagination";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/guards";
import { deskLinks } from "@/lib/desk/desk-links";
import { formatDate } from "@/lib/format";
import { findPeople, peopleQuerySchema } from "@/lib/people/find-people";
import { ROLE_LABELS } from "@/lib/people/role-rules";

export const metadata: Metadata = { title: "People", robots: { index: false } };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function PeoplePage({ searchParams }: Props) {
  await requireRole("ADMIN");
  const query = peopleQuerySchema.parse(await searchParams);
  const { people, total, pageCount } = await findPeople(query);
  const hrefFor = (page: number) =>
    `${deskLinks.people}?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page) })}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">People</h1>
      <form role="search" action={deskLinks.people} className="mt-4 flex flex-wrap items-end gap-3">
        <div className="w-full max-w-md">
          <TextField
            name="q"
            type="search"
            label="Find by email"
            hint="Any part of the address, e.g. “@example.edu”."
            defaultValue={query.q}
          />
        </div>
        <Button>Search</Button>
      </form>
      <p className="mt-4 text-sm text-muted" role="status">
        {total === 1 ? "1 person" : `${total} people`}
        {query.q ? ` whose email contains “${query.q}”` : ""}.
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">People, newest accounts first</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2 pr-3">
                Email
              </th>
              <th scope="col" className="pr-3">
                Role
              </th>
              <th scope="col" className="pr-3">
                Subscription
              </th>
              <th scope="col">Joined</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} className="border-b border-neutral-200">
                <td className="py-2 pr-3">
                  <Link href={deskLinks.person(person.id)} className="break-all underline">
                    {person.email}
                  </Link>
                </td>
                <td className="pr-3">{ROLE_LABELS[person.role]}</td>
                <td className="pr-3">{person.subscription ? `${person.subscription.plan.name} (${person.subscription.status})` : "—"}</td>
                <td>{formatDate(person.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={query.page} pageCount={pageCount} hrefFor={hrefFor} label="People pages" />
    </>
  );
}
