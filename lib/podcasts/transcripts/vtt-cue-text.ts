import { decodeHTMLStrict } from "entities";
import { collapseSpaces } from "./collapse-spaces";

// A cue's text is a little markup language: <v Speaker>, <c.class>, <i>, <b>, <u>, <lang en>,
// <ruby>…<rt>…</rt></ruby>, <00:00:01.500> timestamps, and HTML character references.
// A tag can't contain "<": stopping there keeps the scan linear on text full of unclosed "<".
const TOKEN = /<([^<>]*)>|([^<]+|<)/g;
// <v Name>, <v.class Name>: the name is whatever follows the first space or tab.
const VOICE_TAG = /^v(?:\.[^\s.]*)*[ \t\f]+([\s\S]+)$/;

/** Plain text of a cue and the speaker its first voice span names ("" when none does). */
export function readVttCueText(lines: string[]): { speaker: string; text: string } {
  let speaker = "";
  let text = "";
  let inRubyText = false;
  for (const [, tag, words] of lines.join(" ").matchAll(TOKEN)) {
    if (words !== undefined) {
      // Ruby text is a reading aid above the base text; a transcript keeps the base text only.
      if (!inRubyText) text += decodeHTMLStrict(words);
    } else if (tag === "rt" || tag === "/rt" || tag === "/ruby") {
      inRubyText = tag === "rt";
    } else if (!speaker) {
      const voice = VOICE_TAG.exec(tag);
      if (voice) speaker = collapseSpaces(decodeHTMLStrict(voice[1]));
    }
  }
  return { speaker, text: collapseSpaces(text) };
}
