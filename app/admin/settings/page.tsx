import type { Metadata } from "next";
import Link from "next/link";
import { SettingsForm } from "@/components/desk/settings-form";
import { requireRole } from "@/lib/auth/guards";
import { deskLinks } from "@/lib/desk/desk-links";
import { getSettings, SETTINGS_CACHE_TTL_MS } from "@/lib/settings/get-settings";
import { LOGO_UPLOAD_PATH } from "@/lib/settings/logo-upload";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings", robots: { index: false } };

export default async function SettingsPage() {
  await requireRole("ADMIN");
  const settings = await getSettings();
  const timeZones = Intl.supportedValuesOf("timeZone");
  return (
    <div className="max-w-2xl">
      <h1 className="font-serif text-3xl font-bold">Publication settings</h1>
      <p className="mt-1 text-sm">
        Sections are arranged on{" "}
        <Link href={deskLinks.sections} className="underline">
          their own page
        </Link>
        .
      </p>
      <div className="mt-6">
        <SettingsForm
          settings={settings}
          timeZones={timeZones.includes("UTC") ? timeZones : ["UTC", ...timeZones]}
          ttlSeconds={SETTINGS_CACHE_TTL_MS / 1000}
          logoUploadUrl={LOGO_UPLOAD_PATH}
          action={saveSettingsAction}
        />
      </div>
    </div>
  );
}
