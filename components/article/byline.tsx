import { formatDate } from "@/lib/format";

interface BylineAuthor {
  slug: string;
  name: string;
  location: string;
  photoUrl: string | null;
}

/** "By Name in Place and Name in Place · date", with the authors' photos and links to their pages. */
export function Byline({ authors, publishedAt }: { authors: BylineAuthor[]; publishedAt: Date }) {
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm text-muted">
      {authors.map(
        (a) =>
          a.photoUrl && (
            // Photos are served as uploaded from /media; alt is empty because the name follows.
            // eslint-disable-next-line @next/next/no-img-element
            <img key={a.slug} src={a.photoUrl} alt="" width={32} height={32} className="h-8 w-8 rounded-full object-cover" />
          ),
      )}
      <p>
        By{" "}
        {authors.map((a, i) => (
          <span key={a.slug}>
            {i > 0 && " and "}
            <a href={`/authors/${a.slug}`} className="underline">
              {a.name}
            </a>
            {a.location && ` in ${a.location}`}
          </span>
        ))}{" "}
        · <time dateTime={publishedAt.toISOString()}>{formatDate(publishedAt)}</time>
      </p>
    </div>
  );
}
