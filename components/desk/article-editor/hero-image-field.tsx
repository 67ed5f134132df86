"use client";

import { useEffect, useState } from "react";
import { TextField } from "@/components/ui/field";
import type { UploadedImage } from "@/lib/desk/articles/editor-types";

// The hero image: upload (sent as the raw file to /admin/uploads/images, which checks what it
// really is), preview, remove, and the description readers who can't see it get instead.

const UPLOAD_URL = "/admin/uploads/images";
const ACCEPT = "image/jpeg,image/png,image/webp";

interface Props {
  image: UploadedImage | null;
  alt: string;
  errors: { image?: string[]; alt?: string[] };
  onChange: (patch: { heroImage?: UploadedImage | null; heroImageAlt?: string }) => void;
}

export function HeroImageField({ image, alt, errors, onChange }: Props) {
  const [state, setState] = useState<{ uploading: boolean; error?: string; uploaded?: string }>({ uploading: false });
  // After an upload, the description is what is missing: take the editor there.
  useEffect(() => {
    if (state.uploaded) document.getElementById("heroImageAlt")?.focus();
  }, [state.uploaded]);
  async function upload(file: File) {
    setState({ uploading: true });
    try {
      const response = await fetch(UPLOAD_URL, {
        method: "POST",
        body: file,
        headers: { "Content-Type": file.type || "application/octet-stream" },
      });
      const answer = (await response.json().catch(() => ({}))) as Partial<UploadedImage> & { error?: string };
      if (!response.ok || !answer.id) throw new Error(answer.error ?? `The upload failed (${response.status}).`);
      onChange({ heroImage: answer as UploadedImage });
      setState({ uploading: false, uploaded: answer.id });
    } catch (error) {
      setState({ uploading: false, error: error instanceof Error ? error.message : "The upload failed." });
    }
  }
  const imageErrors = [...(errors.image ?? []), ...(state.error ? [state.error] : [])];
  return (
    <fieldset className="space-y-3 rounded border border-neutral-300 p-3">
      <legend className="px-1 font-semibold">Hero image</legend>
      {image && (
        // eslint-disable-next-line @next/next/no-img-element -- the uploaded image itself, from /media
        <img src={image.url} width={image.width} height={image.height} alt="" className="h-auto max-h-48 w-auto rounded" />
      )}
      <div className="space-y-1">
        <label htmlFor="heroImageFile" className="block text-sm font-semibold">
          {image ? "Replace the image" : "Upload an image"}
        </label>
        <p id="heroImageFile-hint" className="text-sm text-muted">
          JPEG, PNG or WebP, up to 10 MB.
        </p>
        <input
          id="heroImageFile"
          type="file"
          accept={ACCEPT}
          aria-describedby={imageErrors.length ? "heroImageFile-hint heroImageFile-error" : "heroImageFile-hint"}
          aria-invalid={imageErrors.length ? true : undefined}
          disabled={state.uploading}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void upload(file);
            event.target.value = "";
          }}
          className="block w-full text-sm"
        />
        <p role="status" className="text-sm">
          {state.uploading ? "Uploading…" : ""}
        </p>
        {imageErrors.length > 0 && (
          <p id="heroImageFile-error" className="text-sm font-semibold text-red-800">
            {imageErrors.join(" ")}
          </p>
        )}
      </div>
      {image && (
        <>
          <TextField
            name="heroImageAlt"
            label="Image description (alt text)"
            hint="Required. What the picture shows, for readers who can't see it."
            required
            value={alt}
            errors={errors.alt}
            onChange={(event) => onChange({ heroImageAlt: event.target.value })}
          />
          <button type="button" className="text-sm underline" onClick={() => onChange({ heroImage: null, heroImageAlt: "" })}>
            Remove the image
          </button>
        </>
      )}
    </fieldset>
  );
}
