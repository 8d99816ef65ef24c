// Card sides that carry HTML (imported Anki notes) for display: sanitised again at render time
// (whatever is stored, author-typed text included), relative image sources pointed at the deck's
// authorised media route, and [sound:name] turned into an audio element the review screen plays.
import { escapeHtml } from "./template";
import { sanitizeFieldHtml } from "./sanitize";

const HTML_OR_SOUND = /<\/?[a-z][^>]*>|\[sound:[^\]]+\]|&[a-z]+;/i;

export function looksLikeHtml(text: string): boolean {
  return HTML_OR_SOUND.test(text);
}

export function mediaUrl(deckId: string, name: string): string {
  return `/media/${encodeURIComponent(deckId)}/${encodeURIComponent(name)}`;
}

export function cardHtml(text: string, deckId: string): string {
  const clean = sanitizeFieldHtml(text).replace(/<img([^>]*?)src="([^"]*)"/gi, (all, before: string, src: string) => {
    if (/^https?:/i.test(src) || src.startsWith("/")) return all;
    const name = src.replace(/&amp;/g, "&");
    return `<img${before}src="${escapeHtml(mediaUrl(deckId, decodeSafe(name)))}"`;
  });
  return clean.replace(/\[sound:([^\]]+)\]/g, (_all, raw: string) => {
    const name = raw.replace(/&amp;/g, "&");
    return `<audio controls preload="auto" data-sound src="${escapeHtml(mediaUrl(deckId, name))}"></audio>`;
  });
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
