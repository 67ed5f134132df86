"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { getAccess, toViewer } from "@/lib/entitlements";
import { rotateFeedToken } from "@/lib/podcasts/feed-tokens";
import { PRIVATE_FEED } from "@/lib/podcasts/podcast-feeds";
import { getAccessPolicy } from "@/lib/viewer";

// Creates the reader's private podcast feed address, or replaces it (the old one stops at once).
// A server action: Next.js checks its Origin, so another site cannot make a reader rotate.
export async function replacePodcastFeedAddress(): Promise<void> {
  const user = await requireUser("/account");
  if (getAccess(toViewer(user), PRIVATE_FEED, getAccessPolicy()).allowed) {
    await rotateFeedToken(user.id);
    revalidatePath("/account");
  }
  redirect("/account#podcast-feed");
}
