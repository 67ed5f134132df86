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
 * A gated body split where its public teaser ends: the first `paragraphs` paragraphs (and
 * whatever comes before them), and the rest. Works on Markdown tokens so a teaser never ends
 * mid-element.
 */
export function splitTeaser(markdown: string, paragraphs = 2): { teaser: string; rest: string } {
  const tokens: Token[] = marked.lexer(markdown);
  let seen = 0;
  let index = 0;
  for (; index < tokens.length && seen < paragraphs; index++) if (tokens[index]!.type === "paragraph") seen += 1;
  const raw = (part: Token[]) =>
    part
      .map((token) => token.raw)
      .join("")
      .trim();
  return { teaser: raw(tokens.slice(0, index)), rest: raw(tokens.slice(index)) };
}

/** The public part of a gated body: everything up to and including its first `paragraphs` paragraphs. */
export function cutTeaser(markdown: string, paragraphs = 2): string {
  return splitTeaser(markdown, paragraphs).teaser;
}

/** Plain text of Markdown, for descriptions and feeds. */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown, { async: false }), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, " ")
    .trim();
}
