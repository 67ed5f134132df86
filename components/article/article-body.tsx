// The article's text: sanitised HTML rendered when it was saved. `paywalled` marks gated text
// that this reader may see (named in the page's JSON-LD). The desk's preview uses it too.

export function ArticleBody({ html, paywalled = false }: { html: string; paywalled?: boolean }) {
  return (
    <div
      className={`prose prose-lg mt-8 max-w-none font-serif prose-a:text-accent ${paywalled ? "paywalled-content" : ""}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
