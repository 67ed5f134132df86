"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/**
 * The logo: an address typed in, or an image uploaded to the site's media storage (its address
 * is then filled in). Saved with the rest of the settings.
 */
export function LogoField({ defaultValue, errors, uploadUrl }: { defaultValue: string; errors?: string[]; uploadUrl: string }) {
  const [value, setValue] = useState(defaultValue);
  const [status, setStatus] = useState<{ tone: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fileId = useId();

  async function upload(file: File) {
    setBusy(true);
    setStatus(null);
    try {
      const response = await fetch(uploadUrl, {
        method: "POST",
        body: file,
        headers: { "Content-Type": file.type || "application/octet-stream" },
      });
      const body = (await response.json().catch(() => ({}))) as { url?: string; error?: string };
      if (!response.ok || !body.url) throw new Error(body.error ?? "The upload failed. Please try again.");
      setValue(body.url);
      setStatus({ tone: "ok", text: "Uploaded. Save the settings to use it." });
    } catch (error) {
      setStatus({ tone: "error", text: error instanceof Error ? error.message : "The upload failed." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <TextField
        name="logoUrl"
        label="Logo"
        hint="An https:// address or a path on this site, or upload a PNG, JPEG, WebP or GIF below. Leave empty for no logo."
        value={value}
        onChange={(event) => setValue(event.target.value)}
        errors={errors}
      />
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={fileId} className="text-sm font-semibold">
          Upload a logo image
        </label>
        <input
          id={fileId}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/gif"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
          }}
          className="text-sm"
        />
      </div>
      <p aria-live="polite" className={`text-sm ${status?.tone === "error" ? "font-semibold text-red-800" : ""}`}>
        {busy ? "Uploading…" : status?.text}
      </p>
      {value && (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of any address the admin typed
        <img src={value} alt="Logo preview" className="h-10 w-auto border border-neutral-200" />
      )}
      <Button type="button" variant="secondary" onClick={() => setValue("")} disabled={!value}>
        Remove logo
      </Button>
    </div>
  );
}
