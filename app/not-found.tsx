import Link from "next/link";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-2xl px-4 py-16">
        <h1 className="font-serif text-3xl font-bold">Page not found</h1>
        <p className="mt-4">We could not find that page. It may have moved, or the link may be mistyped.</p>
        <ul className="mt-6 list-disc pl-6">
          <li>
            <Link href="/" className="underline">
              Front page
            </Link>
          </li>
          <li>
            <Link href="/articles" className="underline">
              All analysis
            </Link>
          </li>
          <li>
            <Link href="/podcasts" className="underline">
              Podcast
            </Link>
          </li>
        </ul>
      </main>
      <SiteFooter />
    </>
  );
}
