import type { AccessLevel } from "@/lib/entitlements";

const LABELS: Record<AccessLevel, string | null> = { FREE: null, REGISTERED: "Free with sign-in", SUBSCRIBER: "Subscribers" };

export function AccessBadge({ access }: { access: AccessLevel }) {
  const label = LABELS[access];
  if (!label) return null;
  return (
    <span className="ml-2 rounded bg-neutral-200 px-1.5 py-0.5 text-[0.7rem] font-medium normal-case tracking-normal text-ink">
      {label}
    </span>
  );
}
