/** A row of labelled headline figures. */
export function StatList({ label, stats }: { label: string; stats: Array<readonly [string, string]> }) {
  return (
    <dl aria-label={label} className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {stats.map(([name, value]) => (
        <div key={name} className="rounded border border-neutral-300 bg-white p-4">
          <dt className="text-sm text-muted">{name}</dt>
          <dd className="text-2xl font-bold">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
