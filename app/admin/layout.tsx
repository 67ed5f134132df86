import { DeskNav } from "@/components/desk/desk-nav";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { requireRole } from "@/lib/auth/guards";

// Staff area. proxy.ts refuses it to readers before rendering; this guard and every page and
// action check again: a layout does not protect an action.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const staff = await requireRole("EDITOR");
  return (
    <>
      <SiteHeader />
      <DeskNav role={staff.role} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
