import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { requireRole } from "@/lib/auth/guards";

// Staff area. The layout guard hides it from readers; each page and action checks again.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole("EDITOR");
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
