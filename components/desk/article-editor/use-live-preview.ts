"use client";

import { useEffect, useRef, useState } from "react";
import type { PreviewResult } from "@/lib/desk/articles/article-preview";

export const PREVIEW_DELAY_MS = 400;

/**
 * The preview of the text being typed, rendered by the server exactly as it will be stored,
 * PREVIEW_DELAY_MS after typing stops. An answer overtaken by a later request is dropped.
 */
export function useLivePreview(
  render: (form: FormData) => Promise<PreviewResult>,
  input: { id: string; title: string; body: string },
  initial: PreviewResult,
) {
  const [preview, setPreview] = useState(initial);
  const latest = useRef(0);
  const { id, title, body } = input;
  useEffect(() => {
    const timer = setTimeout(async () => {
      const request = ++latest.current;
      const form = new FormData();
      form.set("id", id);
      form.set("title", title);
      form.set("body", body);
      try {
        const answer = await render(form);
        if (request === latest.current) setPreview(answer);
      } catch {
        if (request === latest.current) setPreview({ error: "The preview is not available right now." });
      }
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [render, id, title, body]);
  return preview;
}
