"use client";

import { useEffect, useState, type MouseEvent } from "react";
import { formatTimestamp } from "@/lib/format";

// The episode page's transcript, for readers allowed to read it. Rendered on the server, so
// it reads (and its timestamps work, as ?t= links) without JavaScript; in the browser it
// follows the page's <audio>: the segment being spoken is marked aria-current, clicking a
// segment or its timestamp seeks there, the search box filters and highlights, and "Copy
// quote" copies the selection (or the current segment) with a link to its moment. The page's
// only client script: keep it free of dependencies.

export interface TranscriptSegmentData {
  startMs: number;
  endMs: number;
  speaker: string;
  text: string;
}

interface Props {
  segments: TranscriptSegmentData[];
  /** id of the page's <audio> element. */
  audioId: string;
  /** The episode page's path and title, for quotes' links. */
  pagePath: string;
  title: string;
  /** Where a ?t= link started playback, seconds. */
  startAt: number;
}

/** A passage's exact start for ?t= links, so the link marks that passage (not the one ending there). */
const startParam = (ms: number) => String(ms / 1000);

function indexAt(segments: TranscriptSegmentData[], ms: number): number {
  return segments.findIndex((s) => ms >= s.startMs && ms < s.endMs);
}

function words(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function matchesAll(segment: TranscriptSegmentData, terms: string[]): boolean {
  const haystack = `${segment.speaker} ${segment.text}`.toLowerCase();
  return terms.every((term) => haystack.includes(term));
}

/** The text with every occurrence of the query's words in <mark>. */
function highlighted(text: string, terms: string[]) {
  if (terms.length === 0) return text;
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi");
  return text.split(pattern).map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part));
}

export function InteractiveTranscript({ segments, audioId, pagePath, title, startAt }: Props) {
  const [active, setActive] = useState(() => indexAt(segments, startAt * 1000));
  const [query, setQuery] = useState("");
  const [status, setStatus] = useState("");
  const terms = words(query);
  const matches = segments.map((segment) => matchesAll(segment, terms));

  function search(value: string) {
    setQuery(value);
    const next = words(value);
    const count = segments.filter((segment) => matchesAll(segment, next)).length;
    setStatus(next.length > 0 ? `${count} of ${segments.length} passages match.` : "");
  }

  useEffect(() => {
    const audio = document.getElementById(audioId) as HTMLAudioElement | null;
    if (!audio) return;
    const follow = () => setActive(indexAt(segments, audio.currentTime * 1000));
    audio.addEventListener("timeupdate", follow);
    audio.addEventListener("seeked", follow);
    return () => {
      audio.removeEventListener("timeupdate", follow);
      audio.removeEventListener("seeked", follow);
    };
  }, [audioId, segments]);

  useEffect(() => {
    // A ?t= link: the audio starts there (its #t= fragment); show the reader the words too.
    if (startAt > 0) document.getElementById(`segment-${indexAt(segments, startAt * 1000)}`)?.scrollIntoView({ block: "center" });
  }, [segments, startAt]);

  function seek(index: number, event: MouseEvent) {
    // Selecting words to quote them is not a request to jump.
    if (event.type === "click" && !(event.target instanceof HTMLAnchorElement) && window.getSelection()?.toString()) return;
    event.preventDefault();
    const audio = document.getElementById(audioId) as HTMLAudioElement | null;
    if (!audio) return;
    audio.currentTime = segments[index].startMs / 1000;
    setActive(index);
    history.replaceState(null, "", `?t=${startParam(segments[index].startMs)}`);
    audio.play().catch(() => undefined);
  }

  async function copyQuote() {
    const selected = window.getSelection()?.toString().trim();
    const index = Math.max(active, 0);
    const segment = segments[index];
    const text = selected || segment.text;
    const link = `${location.origin}${pagePath}?t=${startParam(segment.startMs)}`;
    try {
      await navigator.clipboard.writeText(`“${text}”${segment.speaker ? ` — ${segment.speaker}` : ""}, ${title}\n${link}`);
      setStatus("Quote copied with a link to its moment.");
    } catch {
      setStatus("Copying is not available in this browser.");
    }
  }

  return (
    <div>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="transcript-search" className="block text-sm font-semibold">
            Search the transcript
          </label>
          <input
            id="transcript-search"
            type="search"
            value={query}
            onChange={(event) => search(event.target.value.slice(0, 200))}
            className="mt-1 w-full rounded border border-neutral-400 bg-white px-3 py-2"
          />
        </div>
        <button
          type="button"
          onClick={copyQuote}
          className="rounded border border-ink px-3 py-2 text-sm font-semibold hover:bg-ink hover:text-paper"
        >
          Copy quote
        </button>
      </div>
      <p role="status" className="mt-2 min-h-5 text-sm text-muted">
        {status}
      </p>
      <ol id="transcript" className="mt-2 space-y-1">
        {segments.map((segment, index) => (
          <li
            key={index}
            id={`segment-${index}`}
            hidden={!matches[index]}
            aria-current={index === active ? "true" : undefined}
            className="grid cursor-pointer grid-cols-[4rem_1fr] gap-2 rounded px-1 py-1 aria-[current=true]:bg-amber-100"
            onClick={(event) => seek(index, event)}
          >
            <a
              href={`?t=${startParam(segment.startMs)}#listen`}
              className="pt-0.5 font-mono text-xs text-muted underline"
              aria-label={`Play from ${formatTimestamp(segment.startMs)}`}
            >
              <time dateTime={`PT${startParam(segment.startMs)}S`}>{formatTimestamp(segment.startMs)}</time>
            </a>
            <p>
              {segment.speaker && <strong className="font-semibold">{highlighted(segment.speaker, terms)}:</strong>}{" "}
              {highlighted(segment.text, terms)}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
