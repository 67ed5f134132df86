import { snippetParts } from "@/lib/search/snippet";

/** A search snippet or title with its matches in <mark>; everything else rendered as text. */
export function HighlightedText({ text }: { text: string }) {
  return <>{snippetParts(text).map((part, index) => (part.mark ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}
