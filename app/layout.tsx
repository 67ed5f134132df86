import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";
import { getPublication } from "@/lib/publication";

export async function generateMetadata(): Promise<Metadata> {
  const publication = await getPublication();
  return {
    metadataBase: new URL(publication.url),
    title: {
      default: publication.tagline ? `${publication.name} — ${publication.tagline}` : publication.name,
      template: `%s — ${publication.name}`,
    },
    description: publication.description || undefined,
    alternates: { types: { "application/rss+xml": "/feed.xml" } },
    openGraph: { siteName: publication.name, type: "website" },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fbfaf7" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Settings come from the database at request time, never baked into a build.
  await connection();
  const { language } = await getPublication();
  return (
    <html lang={language}>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
