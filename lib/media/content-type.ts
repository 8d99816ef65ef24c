// Content types for media served to cards, by extension. Anything else is served as a download
// (application/octet-stream), never rendered by the browser.
const TYPES: Record<string, string> = {
  jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", gif: "image/gif", webp: "image/webp", avif: "image/avif", bmp: "image/bmp",
  svg: "image/svg+xml", mp3: "audio/mpeg", ogg: "audio/ogg", oga: "audio/ogg", opus: "audio/ogg", wav: "audio/wav", m4a: "audio/mp4",
  aac: "audio/aac", flac: "audio/flac", mp4: "video/mp4", webm: "video/webm",
};

export function contentTypeOf(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (ext && TYPES[ext]) || "application/octet-stream";
}
