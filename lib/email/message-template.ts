import { encodeLines } from "./qp-template";

// A whole message (headers, MIME structure, encoded bodies) composed once with markers where each
// recipient's values go, then copied per recipient by joining bytes. Composing a message per
// recipient (nodemailer building headers and MIME parts, then streaming them piece by piece) was
// the largest part of the Daily Brief sender's CPU; a filled copy is a single buffer, composed
// and written at once. Header slots take values verbatim (plain ASCII, checked); body slots sit
// inside quoted-printable bodies between soft line breaks (markers placed by
// lib/email/qp-template.ts), so a value is encoded alone, exactly as a filled QP template would
// have it. Pure.

export type SlotEncoding = "header" | "quoted-printable";

export interface MessageTemplate<Slot extends string> {
  /** The message's bytes around the slots (`pieces.length === slots.length + 1`). */
  pieces: Buffer[];
  slots: Slot[];
  encodings: Record<Slot, SlotEncoding>;
}

// Printable ASCII without the characters that would end or restructure a header.
const HEADER_SAFE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** Whether a value can go into a header slot as is (else the caller composes the message normally). */
export const fitsHeader = (value: string) => HEADER_SAFE.test(value);

/** Cuts a composed message at every occurrence of each slot's marker. */
export function compileMessageTemplate<Slot extends string>(
  message: string,
  slots: Record<Slot, { marker: string; encoding: SlotEncoding }>,
): MessageTemplate<Slot> {
  const names = Object.keys(slots) as Slot[];
  const slotOf = new Map(names.map((name) => [slots[name].marker, name]));
  const pattern = new RegExp(names.map((name) => slots[name].marker.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const template: MessageTemplate<Slot> = {
    pieces: [],
    slots: [],
    encodings: Object.fromEntries(names.map((name) => [name, slots[name].encoding])) as Record<Slot, SlotEncoding>,
  };
  let from = 0;
  for (const match of message.matchAll(pattern)) {
    template.pieces.push(Buffer.from(message.slice(from, match.index)));
    template.slots.push(slotOf.get(match[0])!);
    from = match.index + match[0].length;
  }
  template.pieces.push(Buffer.from(message.slice(from)));
  return template;
}

/** One recipient's copy. Throws if a header value is not plain ASCII (check with fitsHeader first). */
export function fillMessageTemplate<Slot extends string>(template: MessageTemplate<Slot>, values: Record<Slot, string>): Buffer {
  const encoded = new Map<Slot, Buffer>();
  const parts: Buffer[] = [template.pieces[0]!];
  template.slots.forEach((slot, i) => {
    let value = encoded.get(slot);
    if (!value) {
      const raw = values[slot];
      if (template.encodings[slot] === "header" && !fitsHeader(raw)) throw new Error(`Not a plain header value for ${slot}`);
      value = Buffer.from(template.encodings[slot] === "header" ? raw : encodeLines(raw));
      encoded.set(slot, value);
    }
    parts.push(value, template.pieces[i + 1]!);
  });
  return Buffer.concat(parts);
}
