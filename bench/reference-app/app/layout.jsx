import Link from "next/link";

export const metadata = { title: "Reference", description: "A page the size of an article, for benchmarks." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "Georgia, serif", maxWidth: "42rem", margin: "0 auto", padding: "1rem", lineHeight: 1.6 }}>
        <header>
          <Link href="/">Reference</Link>
          <nav aria-label="Main">
            <Link href="/">Analysis</Link> <Link href="/">Podcast</Link> <Link href="/">Subscribe</Link>
          </nav>
        </header>
        <main>{children}</main>
        <footer>Reference page for benchmarks.</footer>
      </body>
    </html>
  );
}
