export const metadata = { title: "Reference", description: "A page the size of an article, for benchmarks." };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "Georgia, serif", maxWidth: "42rem", margin: "0 auto", padding: "1rem", lineHeight: 1.6 }}>
        <header>
          <a href="/">Reference</a>
          <nav aria-label="Main">
            <a href="/">Analysis</a> <a href="/">Podcast</a> <a href="/">Subscribe</a>
          </nav>
        </header>
        <main>{children}</main>
        <footer>Reference page for benchmarks.</footer>
      </body>
    </html>
  );
}
