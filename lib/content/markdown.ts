import { marked, type Token } from "marked";
import sanitizeHtml from "sanitize-html";

// Article bodies are Markdown written by editors. We render them on the server and sanitise
// the HTML, so a pasted <script> or javascript: link can never reach a reader's browser.

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "code",
    "pre",
    "hr",
    "br",
    "figure",
    "figcaption",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt", "title"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowProtocolRelative: false,
  transformTags: {
    // External links open normally but must not leak the reader's session to the target.
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }),
  },
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/**
 * The public part of a gated body: everything up to and including its first `paragraphs`
 * paragraphs. Works on Markdown tokens so a teaser never ends mid-element.
 */
export function cutTeaser(markdown: string, paragraphs = 2): string {
  const tokens: Token[] = marked.lexer(markdown);
  let seen = 0;
  let teaser = "";
  for (const token of tokens) {
    if (seen >= paragraphs) break;
    teaser += token.raw;
    if (token.type === "paragraph") seen += 1;
  }
  return teaser.trim();
}

/** Plain text of Markdown, for descriptions and feeds. */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, " ")
    .trim();
}
