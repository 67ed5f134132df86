import type { Metadata, Viewport } from "next";
import "./globals.css";
import { getPublication } from "@/lib/publication";

export async function generateMetadata(): Promise<Metadata> {
  const publication = await getPublication();
  return {
    metadataBase: new URL(publication.url),
    title: { default: `${publication.name} — ${publication.tagline}`, template: `%s — ${publication.name}` },
    description: publication.description,
    alternates: { types: { "application/rss+xml": "/feed.xml" } },
    openGraph: { siteName: publication.name, type: "website" },
    twitter: { card: "summary" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fbfaf7" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
