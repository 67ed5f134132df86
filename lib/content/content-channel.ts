/** The PostgreSQL channel on which content changes are announced (see content-changed.ts). */
export const CONTENT_CHANNEL = "dispatch_content_changed";
