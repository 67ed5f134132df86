import { decodeHTML } from "entities";

// Text as a reader would read it, whatever carried it: HTML, XML (CDATA included), JSON, a React
// Server Component payload or an email. Tags are dropped, entities and JSON escapes decoded,
// case and punctuation ignored, so a sentence is found however the surface escaped it.

const TAG = /<\/?[a-zA-Z][^<>]*>|<!\[CDATA\[|\]\]>|<!--|-->/g;

export function normaliseWords(raw: string): string[] {
  let text = raw.replace(/\\+u([0-9a-fA-F]{4})/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\+[nrt]/g, " ");
  // Twice: feeds carry HTML escaped inside XML, which decodes to tags.
  for (let pass = 0; pass < 2; pass++) text = decodeHTML(text.replace(TAG, " "));
  return text
    .replace(TAG, " ")
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A sentence of prose: after a full stop, question or exclamation mark (and a closing quote). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’)]?)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface GatedSentence {
  sentence: string;
  /** Where it comes from, e.g. `article subscriber-only-slug`. */
  source: string;
}

interface Entry extends GatedSentence {
  words: string[];
}

const KEY_WORDS = 4;
/** Shorter sentences ("He said no.") also occur in free text by chance; they prove nothing. */
export const MIN_SENTENCE_WORDS = 6;

/** Finds any of many sentences in a text in one pass over its words. */
export class SentenceIndex {
  private readonly byKey = new Map<string, Entry[]>();
  private count = 0;

  add(sentence: string, source: string): void {
    const words = normaliseWords(sentence);
    if (words.length < MIN_SENTENCE_WORDS) return;
    const key = words.slice(0, KEY_WORDS).join(" ");
    const entries = this.byKey.get(key) ?? [];
    if (entries.some((e) => e.words.join(" ") === words.join(" "))) return;
    entries.push({ sentence, source, words });
    this.byKey.set(key, entries);
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  entries(): GatedSentence[] {
    return [...this.byKey.values()].flat().map(({ sentence, source }) => ({ sentence, source }));
  }

  /** Every indexed sentence that occurs, word for word, in `raw`. */
  findIn(raw: string): GatedSentence[] {
    const words = normaliseWords(raw);
    const found = new Set<Entry>();
    for (let i = 0; i + KEY_WORDS <= words.length; i++) {
      const candidates = this.byKey.get(words.slice(i, i + KEY_WORDS).join(" "));
      for (const entry of candidates ?? []) if (entry.words.every((w, j) => words[i + j] === w)) found.add(entry);
    }
    return [...found].map(({ sentence, source }) => ({ sentence, source }));
  }

  /** Drops every sentence that occurs in `raw` (text the viewer may read: it is not a leak there). */
  removeFoundIn(raw: string): void {
    for (const { sentence } of this.findIn(raw)) {
      const words = normaliseWords(sentence);
      const key = words.slice(0, KEY_WORDS).join(" ");
      const rest = (this.byKey.get(key) ?? []).filter((e) => e.words.join(" ") !== words.join(" "));
      this.count -= (this.byKey.get(key)?.length ?? 0) - rest.length;
      if (rest.length) this.byKey.set(key, rest);
      else this.byKey.delete(key);
    }
  }
}
