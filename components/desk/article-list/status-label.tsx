import type { PublicationStatus } from "@prisma/client";
import { formatInZone } from "@/lib/desk/articles/schedule-time";

export const STATUS_LABELS: Record<PublicationStatus, string> = {
  DRAFT: "Draft",
  SCHEDULED: "Scheduled",
  PUBLISHED: "Published",
  UNPUBLISHED: "Unpublished",
};

const STYLES: Record<PublicationStatus, string> = {
  DRAFT: "bg-neutral-200 text-ink",
  SCHEDULED: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-green-100 text-green-900",
  UNPUBLISHED: "bg-red-100 text-red-900",
};

/** The status as a badge; a scheduled article shows when it goes out, in the publication's zone. */
export function StatusLabel({
  status,
  scheduledFor,
  timeZone,
}: {
  status: PublicationStatus;
  scheduledFor: Date | null;
  timeZone: string;
}) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
      {STATUS_LABELS[status]}
      {status === "SCHEDULED" && scheduledFor && ` · ${formatInZone(scheduledFor, timeZone)}`}
    </span>
  );
}
