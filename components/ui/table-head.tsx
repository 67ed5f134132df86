// A table's header row from its column names: the desk's tables all label columns the same way.
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead>
      <tr className="border-b border-neutral-300">
        {columns.map((column) => (
          <th key={column} scope="col" className="p-2">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
