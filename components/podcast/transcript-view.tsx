import type { TranscriptSegmentView } from "@/lib/content/podcasts";
import { formatTimestamp } from "@/lib/format";

export function TranscriptView({ segments }: { segments: TranscriptSegmentView[] }) {
  return (
    <ol className="mt-4 space-y-3">
      {segments.map((segment) => (
        <li key={segment.startMs} className="grid grid-cols-[4rem_1fr] gap-2">
          <time className="pt-0.5 font-mono text-xs text-muted" dateTime={`PT${Math.floor(segment.startMs / 1000)}S`}>
            {formatTimestamp(segment.startMs)}
          </time>
          <p>
            <strong className="font-semibold">{segment.speaker}:</strong> {segment.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
