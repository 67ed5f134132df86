import { startBrief } from "@/app/(site)/account/brief-actions";
import { getBriefPreference } from "@/lib/briefs/preferences";
import { BriefOptIn } from "./brief-opt-in";

/** Offers the Daily Brief to a reader who does not get it yet (shown after subscribing). */
export async function BriefOffer({ userId }: { userId: string }) {
  const preference = await getBriefPreference(userId);
  return preference?.enabled ? null : <BriefOptIn action={startBrief} />;
}
