"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "./button";

// Sends one file as the raw body of a POST to a desk upload route (under /admin/uploads/, which
// streams it to storage), showing progress for large files, then refreshes the page. The route
// answers JSON when it stored the file and a plain-text message when it refused it.

interface FileUploadProps {
  /** Where to POST the file, e.g. /admin/uploads/audio?episode=… */
  url: string;
  label: string;
  hint?: string;
  accept: string;
  buttonLabel: string;
}

type Progress =
  { state: "idle" } | { state: "sending"; percent: number } | { state: "done"; message: string } | { state: "failed"; message: string };

export function FileUpload({ url, label, hint, accept, buttonLabel }: FileUploadProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const [progress, setProgress] = useState<Progress>({ state: "idle" });

  function send() {
    const file = input.current?.files?.[0];
    if (!file) return setProgress({ state: "failed", message: "Choose a file first." });
    // XMLHttpRequest, not fetch: only it reports upload progress, and a podcast can be 200 MB.
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    request.upload.onprogress = (event) =>
      setProgress({ state: "sending", percent: event.lengthComputable ? Math.round((event.loaded / event.total) * 100) : 0 });
    request.onerror = () => setProgress({ state: "failed", message: "The upload was interrupted. Check your connection and try again." });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        setProgress({ state: "done", message: "Uploaded." });
        if (input.current) input.current.value = "";
        router.refresh();
      } else {
        setProgress({ state: "failed", message: request.responseText.trim() || `The upload failed (${request.status}).` });
      }
    };
    setProgress({ state: "sending", percent: 0 });
    request.send(file);
  }

  const sending = progress.state === "sending";
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={id}
          type="file"
          accept={accept}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="max-w-full text-sm"
        />
        <Button type="button" variant="secondary" onClick={send} disabled={sending}>
          {sending ? "Uploading…" : buttonLabel}
        </Button>
      </div>
      {sending && <progress max={100} value={progress.percent} aria-label="Upload progress" className="w-full" />}
      <p
        role={progress.state === "failed" ? "alert" : "status"}
        className={progress.state === "failed" ? "font-semibold text-red-800" : "text-sm"}
      >
        {progress.state === "done" || progress.state === "failed" ? progress.message : sending ? `Uploading: ${progress.percent}%` : ""}
      </p>
    </div>
  );
}
