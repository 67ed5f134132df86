"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { EditorIntent } from "@/lib/desk/articles/publication-transition";
import type { EditorResult } from "@/lib/desk/articles/editor-result";
import type { DraftFields, DraftMeta } from "@/lib/desk/articles/editor-types";

// The editor's state and its saves. Saves run one at a time, each based on the version the
// previous one returned; autosave runs after AUTOSAVE_DELAY_MS without typing and when focus
// leaves a field, only for drafts, and stops for good at a conflict: it never saves over a
// version the editor has not seen.

export const AUTOSAVE_DELAY_MS = 3_000;

export type SavePhase = "clean" | "dirty" | "saving" | "conflict";

function toFormData(fields: DraftFields, meta: DraftMeta, intent: EditorIntent): FormData {
  const form = new FormData();
  const { heroImage, authorIds, featured, ...text } = fields;
  for (const [key, value] of Object.entries(text)) form.set(key, value);
  form.set("id", meta.id);
  form.set("baseVersion", String(meta.version));
  form.set("intent", intent);
  form.set("heroImageId", heroImage?.id ?? "");
  if (featured) form.set("featured", "on");
  for (const id of authorIds) form.append("authorIds", id);
  return form;
}

export function useArticleDraft(
  initial: { fields: DraftFields; meta: DraftMeta },
  save: (form: FormData) => Promise<EditorResult>,
  onCreated: (id: string) => void,
) {
  const [fields, setFields] = useState(initial.fields);
  const [meta, setMeta] = useState(initial.meta);
  const [phase, setPhase] = useState<SavePhase>("clean");
  const [result, setResult] = useState<EditorResult | null>(null);
  // The latest values, read by saves that run after later edits: refs, not render-time state.
  const fieldsRef = useRef(initial.fields);
  const metaRef = useRef(initial.meta);
  const edits = useRef(0);
  const savedEdits = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const conflicted = useRef(false);
  const discarding = useRef(false);

  /** Changes fields; the schedule's time alone is not an edit of the article (nothing to autosave). */
  const update = useCallback((patch: Partial<DraftFields>) => {
    fieldsRef.current = { ...fieldsRef.current, ...patch };
    setFields(fieldsRef.current);
    if (Object.keys(patch).every((key) => key === "scheduledFor")) return;
    edits.current += 1;
    if (!conflicted.current) setPhase("dirty");
  }, []);

  const runSave = useCallback(
    async (intent: EditorIntent): Promise<EditorResult | null> => {
      if (conflicted.current) return null;
      // Nothing typed since the last save (a blur right after the timer's save): nothing to autosave.
      if (intent === "autosave" && edits.current === savedEdits.current) return null;
      const editsAtStart = edits.current;
      const wasNew = metaRef.current.version === 0;
      setPhase("saving");
      let answer: EditorResult;
      try {
        answer = await save(toFormData(fieldsRef.current, metaRef.current, intent));
      } catch {
        answer = { status: "error", message: "Could not reach the server. Your text is still here; try again." };
      }
      if (answer.saved) {
        savedEdits.current = editsAtStart;
        metaRef.current = { ...metaRef.current, ...answer.saved };
        setMeta(metaRef.current);
        if (wasNew) onCreated(answer.saved.id);
      }
      if (answer.conflict) conflicted.current = true;
      setPhase(conflicted.current ? "conflict" : answer.saved && edits.current === editsAtStart ? "clean" : "dirty");
      setResult(answer);
      return answer;
    },
    [save, onCreated],
  );

  /** Queues a save behind any running one, so each is based on the version before it. */
  const request = useCallback(
    (intent: EditorIntent) => {
      const task = queue.current.then(() => runSave(intent));
      queue.current = task.catch(() => undefined);
      return task;
    },
    [runSave],
  );

  const autosaves = (meta.status === "DRAFT" || meta.status === "UNPUBLISHED") && fields.title.trim() !== "";

  useEffect(() => {
    if (!autosaves || phase !== "dirty") return;
    const timer = setTimeout(() => void request("autosave"), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [autosaves, phase, fields, request]);

  /** For the form's blur: save now rather than in a few seconds. */
  const saveOnLeave = useCallback(() => {
    if (autosaves && phase === "dirty") void request("autosave");
  }, [autosaves, phase, request]);

  // Leaving with unsaved text: the browser asks first.
  useEffect(() => {
    if (phase === "clean") return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!discarding.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [phase]);

  /** Drops the editor's unsaved text on purpose and loads the article as it is now. */
  const reloadDiscarding = useCallback(() => {
    discarding.current = true;
    window.location.reload();
  }, []);

  return { fields, meta, phase, result, autosaves, update, request, saveOnLeave, reloadDiscarding };
}
