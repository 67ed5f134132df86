import Link from "next/link";
import type { DeskItem } from "@/lib/desk/overview";
import { deskLinks } from "@/lib/desk/desk-links";
import { formatDateTimeIn } from "@/lib/format";

const KIND_LABELS: Record<DeskItem["kind"], string> = { article: "Article", episode: "Episode" };

/** A titled list of articles and episodes on the desk home, with their times in the publication's zone. */
export function DeskItemList({
  id,
  title,
  items,
  timeZone,
  empty,
  showEditor = false,
}: {
  id: string;
  title: string;
  items: DeskItem[];
  timeZone: string;
  empty: string;
  showEditor?: boolean;
}) {
  return (
    <section aria-labelledby={id} className="rounded border border-neutral-300 bg-white p-4">
      <h2 id={id} className="font-serif text-xl font-bold">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-2 divide-y divide-neutral-200">
          {items.map((item) => (
            <li key={`${item.kind}:${item.id}`} className="py-2">
              <Link
                href={item.kind === "article" ? deskLinks.article(item.id) : deskLinks.episode(item.id)}
                className="font-semibold underline"
              >
                {item.title}
              </Link>
              <p className="text-sm text-muted">
                {KIND_LABELS[item.kind]} · <time dateTime={item.at.toISOString()}>{formatDateTimeIn(item.at, timeZone)}</time>
                {showEditor && item.editedBy ? ` · last edited by ${item.editedBy}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
