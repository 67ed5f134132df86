// Content types of the media Dispatch serves, by file extension: the media route's headers and
// the podcast feeds' enclosure types come from here.

const MEDIA_TYPES: Record<string, string> = {
  wav: "audio/wav",
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  vtt: "text/vtt; charset=utf-8",
};

/** The content type for a key or URL path such as `podcasts/episode-1.mp3`. */
export function mediaTypeOf(path: string): string {
  return MEDIA_TYPES[path.split(".").pop()?.toLowerCase() ?? ""] ?? "application/octet-stream";
}
