"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ConflictReport } from "@/lib/desk/articles/conflict";
import { FieldDiffList } from "../article-diff/field-diff-list";

// Shown when a save was refused because someone else saved first: who and when, what they
// changed, and the two ways on (nothing of either editor is lost).

interface Props {
  conflict: ConflictReport;
  yourText: () => string;
  onReload: () => void;
}

export function ConflictNotice({ conflict, yourText, onReload }: Props) {
  const [copied, setCopied] = useState<"no" | "yes" | "failed">("no");
  async function copy() {
    try {
      await navigator.clipboard.writeText(yourText());
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h2 id="conflict-heading" className="font-serif text-xl font-bold text-red-900">
        Someone else saved this article
      </h2>
      <p className="mt-2">{conflict.message}</p>
      <h3 className="mt-4 font-semibold">
        {conflict.comparedWith === "base" ? "What they changed since you started" : "How their version differs from yours"}
      </h3>
      <div className="mt-2">
        <FieldDiffList changes={conflict.changes} empty="They changed no text or settings (only its publication status)." />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          Copy my text
        </Button>
        <Button type="button" onClick={onReload}>
          Reload their version
        </Button>
        <span role="status" className="text-sm">
          {copied === "yes"
            ? "Your title, standfirst and body are on the clipboard."
            : copied === "failed"
              ? "Copying failed: select your text and copy it by hand."
              : ""}
        </span>
      </div>
    </section>
  );
}
