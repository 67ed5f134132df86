import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

// Addresses no route matches render under the root layout alone, so this 404 brings the site's
// chrome itself. Pages inside (site) that call notFound() use app/(site)/not-found.tsx instead.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        <NotFoundMessage />
      </main>
      <SiteFooter />
    </>
  );
}
