import Link from "next/link";
import type { DeskFilters } from "@/lib/desk/articles/list-desk-articles";
import { ACCESS_LABELS } from "@/lib/desk/articles/revision-fields";
import { STATUS_LABELS } from "./status-label";

// The list's filters: a plain GET form, so filtered lists are links editors can share.

interface Props {
  filters: DeskFilters;
  sections: Array<{ id: string; label: string }>;
  authors: Array<{ id: string; name: string }>;
}

const control = "mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: Array<[string, string]> }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={control}>
        <option value="">Any</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ArticleFilters({ filters, sections, authors }: Props) {
  return (
    <form
      method="get"
      action="/admin/articles"
      role="search"
      aria-label="Filter articles"
      className="mt-6 grid gap-3 rounded border border-neutral-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
    >
      <div className="sm:col-span-2">
        <label htmlFor="filter-q" className="block text-sm font-semibold">
          Title contains
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} className={control} />
      </div>
      <Select name="status" label="Status" value={filters.status} options={Object.entries(STATUS_LABELS)} />
      <Select name="author" label="Author" value={filters.author} options={authors.map((a) => [a.id, a.name])} />
      <Select name="section" label="Section" value={filters.section} options={sections.map((s) => [s.id, s.label])} />
      <Select name="access" label="Access" value={filters.access} options={Object.entries(ACCESS_LABELS)} />
      <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
        <button type="submit" className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          Filter
        </button>
        <Link href="/admin/articles" className="underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
