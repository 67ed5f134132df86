import { getPublication } from "@/lib/publication";

export async function SiteFooter() {
  const publication = await getPublication();
  return (
    <footer className="mt-16 border-t border-neutral-300 py-8 text-sm text-muted">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-4 px-4">
        <p>{publication.tagline ? `${publication.name} · ${publication.tagline}.` : `${publication.name}.`} Published with Dispatch.</p>
        <ul className="flex gap-4">
          <li>
            <a href="/feed.xml" className="underline">
              RSS
            </a>
          </li>
          <li>
            <a href="/pricing" className="underline">
              Subscribe
            </a>
          </li>
          {publication.socialLinks.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="me noopener" className="underline">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
