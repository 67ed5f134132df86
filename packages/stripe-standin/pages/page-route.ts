import type { Runtime } from "../state/runtime";

export interface PageCall {
  rt: Runtime;
  path: Record<string, string>;
  query: URLSearchParams;
  /** The submitted form (empty for GET). */
  form: URLSearchParams;
}

/** Either an HTML page or a 303 redirect (post-redirect-get). */
export type PageResult = { status: number; html: string } | { redirect: string };

export type PageHandler = (call: PageCall) => PageResult;
