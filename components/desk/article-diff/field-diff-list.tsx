import type { FieldDiff } from "@/lib/desk/articles/revision-diff";

// A comparison of two versions of an article: prose with deletions struck through and
// additions underlined (and named for screen readers), other fields as before → after.

function Prose({ parts }: { parts: Extract<FieldDiff, { kind: "prose" }>["parts"] }) {
  return (
    <p className="whitespace-pre-wrap break-words font-serif leading-relaxed">
      {parts.map((part, index) =>
        part.change === "added" ? (
          <ins key={index} className="bg-green-100 text-green-900 underline decoration-green-700">
            <span className="sr-only">[added: </span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ) : part.change === "removed" ? (
          <del key={index} className="bg-red-100 text-red-900">
            <span className="sr-only">[removed: </span>
            {part.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}

export function FieldDiffList({ changes, empty = "No changes to the text or settings." }: { changes: FieldDiff[]; empty?: string }) {
  if (changes.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <dl className="space-y-4">
      {changes.map((change) => (
        <div key={change.field}>
          <dt className="font-semibold">{change.label}</dt>
          <dd className="mt-1 rounded border border-neutral-200 bg-white p-3">
            {change.kind === "prose" ? (
              <Prose parts={change.parts} />
            ) : (
              <p>
                <del className="bg-red-100 text-red-900">{change.before || "(empty)"}</del> →{" "}
                <ins className="bg-green-100 text-green-900">{change.after || "(empty)"}</ins>
              </p>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
