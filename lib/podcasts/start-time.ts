// `?t=SECONDS` on an episode page: where a shared link starts playback, in seconds with up to
// three decimals (a passage's exact start, so the link marks that passage and not the one
// before). Anything else, or a time past the end, starts at the beginning. Pure.
export function startSeconds(value: string | string[] | undefined, durationSeconds: number): number {
  const seconds = typeof value === "string" && /^\d{1,6}(\.\d{1,3})?$/.test(value) ? Number(value) : 0;
  return seconds < durationSeconds ? seconds : 0;
}
