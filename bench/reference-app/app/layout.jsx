export const metadata = { title: "Reference", description: "A page the size of an article, for benchmarks." };

// Plain links to pages that exist, as the product's reading pages have: a link to a missing page
// (or a missing favicon) would put a 404 in the console and cost the reference points that say
// nothing about the framework.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "Georgia, serif", maxWidth: "42rem", margin: "0 auto", padding: "1rem", lineHeight: 1.6 }}>
        <header>
          <a href="/prerendered">Reference</a>
          <nav aria-label="Main">
            <a href="/prerendered">Analysis</a> <a href="/dynamic">Podcast</a> <a href="/prerendered">Subscribe</a>
          </nav>
        </header>
        <main>{children}</main>
        <footer>Reference page for benchmarks.</footer>
      </body>
    </html>
  );
}
