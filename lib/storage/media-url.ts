/** Where readers fetch a stored object: app/media/[...key]/route.ts serves it. Pure. */
export function mediaUrl(key: string): string {
  return `/media/${key}`;
}
