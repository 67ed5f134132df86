// `?t=SECONDS` on an episode page: where a shared link starts playback. Anything that is not a
// whole number of seconds inside the episode starts at the beginning. Pure.
export function startSeconds(value: string | string[] | undefined, durationSeconds: number): number {
  const seconds = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 0;
  return seconds < durationSeconds ? seconds : 0;
}
