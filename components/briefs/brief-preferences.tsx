import { saveBriefPreferences } from "@/app/(site)/account/brief-actions";
import { editionFor } from "@/lib/briefs/edition-for";
import { getBriefPreference } from "@/lib/briefs/preferences";
import { timeZoneOptions } from "@/lib/briefs/time-zone-options";
import { getSettings } from "@/lib/settings/get-settings";
import { getAccessPolicy } from "@/lib/viewer";
import type { BriefReader } from "@/lib/briefs/edition-for";
import { BriefPreferencesForm } from "./brief-preferences-form";

// The Daily Brief section of /account.
export async function BriefPreferences({ user }: { user: Omit<BriefReader, "briefPreference"> }) {
  const [preference, settings] = await Promise.all([getBriefPreference(user.id), getSettings()]);
  const edition = editionFor({ ...user, briefPreference: { enabled: true } }, getAccessPolicy()) ?? "free";
  return (
    <section id="brief" aria-labelledby="brief-heading">
      <h2 id="brief-heading" className="font-serif text-xl font-bold">
        The Daily Brief
      </h2>
      <BriefPreferencesForm
        action={saveBriefPreferences}
        initial={{
          enabled: preference?.enabled ?? false,
          timing: preference?.timing ?? "PUBLICATION",
          timeZone: preference?.timeZone ?? "",
        }}
        publicationZone={settings.timeZone}
        zones={timeZoneOptions()}
        edition={edition}
      />
    </section>
  );
}
