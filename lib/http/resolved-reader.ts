import { AsyncLocalStorage } from "node:async_hooks";
import type { Viewer } from "@/lib/entitlements";
import type { ReadingClass } from "./reading-class";

// The reader the edge resolved for a request (lib/http/edge.ts), handed to the render that
// answers it, so that session → viewer is one query per request even when the page is rendered,
// and so the render reports which shared page it made. It travels in the request's async context,
// never in a header, so no client can supply or alter it. The storage lives on globalThis:
// server.ts and the Next.js bundle each load their own copy of this module.

export interface ResolvedReader {
  /** The session token it was resolved from; the render uses it only for this same token. */
  sessionToken: string;
  viewer: Viewer;
  /** The clock of every access decision in this request, so the edge and the render agree. */
  now: Date;
  /** Set by the render when it used this viewer: the class of the page it made (null: personal). */
  renderedClass?: ReadingClass | null;
}

const holder = globalThis as unknown as { dispatchResolvedReader?: AsyncLocalStorage<ResolvedReader> };
const storage = (holder.dispatchResolvedReader ??= new AsyncLocalStorage<ResolvedReader>());

/** Runs `render` (and everything it starts) with `reader` as the request's resolved reader. */
export function runWithResolvedReader<T>(reader: ResolvedReader, render: () => T): T {
  return storage.run(reader, render);
}

/** The reader the edge resolved for the request being rendered, if any. */
export function resolvedReader(): ResolvedReader | undefined {
  return storage.getStore();
}
