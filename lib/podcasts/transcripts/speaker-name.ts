import { collapseSpaces } from "./collapse-spaces";
import { TRANSCRIPT_LIMITS } from "./types";

// SRT files and pasted transcripts put the speaker before the words: "Sarah: In today's episode".
// Sentences have colons too ("Meet at 10:30", "so: what now?", "The point is this: …"), so a
// prefix counts as a speaker only when it looks like a name: at most six words of letters,
// digits and the marks names carry (Dr. Ann Lee, Jean-Luc O'Brien, SPEAKER_01, Ann (guest)),
// starting with a letter, no sentence punctuation, and no word in lower case except the
// particles of names (Jean de la Fontaine, Abd al-Rahman). Scripts without case (Arabic,
// Chinese) pass the case test. Names written all in lower case ("bell hooks") don't.
const NAME_CHARACTERS = /^\p{L}[\p{L}\p{M}\p{N} .'’\-_()&]*$/u;
const MAX_NAME_WORDS = 6;
const NAME_PARTICLES = new Set([
  "al",
  "bin",
  "bint",
  "d",
  "da",
  "das",
  "de",
  "del",
  "della",
  "der",
  "des",
  "di",
  "do",
  "dos",
  "du",
  "el",
  "ibn",
  "la",
  "le",
  "ten",
  "ter",
  "van",
  "von",
  "y",
  "zu",
]);

export function looksLikeSpeakerName(candidate: string): boolean {
  if (candidate.length > TRANSCRIPT_LIMITS.maxSpeakerChars || !NAME_CHARACTERS.test(candidate)) return false;
  // A note in brackets ("Ann (guest)") is not held to the name's rules.
  const words = candidate
    .replace(/\([^)]*\)/g, " ")
    .split(" ")
    .filter(Boolean);
  const nameWord = (word: string) => !/^\p{Ll}/u.test(word) || NAME_PARTICLES.has(word.split(/[-'’]/)[0]);
  return candidate.split(" ").filter(Boolean).length <= MAX_NAME_WORDS && words.every(nameWord);
}

// A colon ends the name when a space or the end of the line follows it, so "10:30" never splits;
// the full-width colon of Chinese and Japanese text needs no space. Plain text also separates
// the name with a spaced dash: "(1:23) Sarah — text".
const SEPARATORS = {
  colon: /:(?=\s|$)|：/u,
  colonOrDash: /:(?=\s|$)|：|\s[—–-]\s/u,
};

/** Splits "Name: text" into speaker and text when the prefix looks like a name; otherwise no speaker. */
export function splitSpeakerPrefix(line: string, separators: keyof typeof SEPARATORS): { speaker: string; text: string } {
  const found = SEPARATORS[separators].exec(line);
  if (found) {
    const speaker = collapseSpaces(line.slice(0, found.index));
    if (speaker && looksLikeSpeakerName(speaker)) return { speaker, text: collapseSpaces(line.slice(found.index + found[0].length)) };
  }
  return { speaker: "", text: line };
}
