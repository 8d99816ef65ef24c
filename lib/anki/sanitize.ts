// Field HTML from a package is kept but made inert: scripts, event handlers, iframes, forms and
// javascript: URLs go; images keep only relative (media) or https sources. Card CSS is scoped to
// one class so a deck's styles cannot restyle the app around the card.
import sanitizeHtml from "sanitize-html";

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "img", "span", "div", "br", "hr", "sub", "sup", "u", "s", "font", "details", "summary", "ruby", "rt", "rp"],
  allowedAttributes: {
    "*": ["class", "id", "dir", "lang", "title", "data-sound", "data-field"],
    a: ["href", "target", "rel"],
    img: ["src", "alt", "width", "height"],
    font: ["color", "size", "face"],
    td: ["colspan", "rowspan"], th: ["colspan", "rowspan"],
  },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }) },
};

export function sanitizeFieldHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

// The same parse and serialisation with no filtering at all (no tag, attribute or URL scheme
// removed): what OPTIONS would give if it found nothing to remove.
const UNFILTERED: sanitizeHtml.IOptions = { allowedTags: false, allowedAttributes: false, allowVulnerableTags: true, allowedSchemesAppliedToAttributes: [], nonTextTags: [] };

/**
 * For a field stored as a note's side: kept byte for byte when sanitising removes nothing (Anki's
 * `&nbsp;` and `<br>` stay as written, so import → export returns the fields unchanged), else the
 * sanitiser's output. Comments, CDATA and processing instructions always take the sanitised path:
 * parsers disagree on where they end, the classic way to smuggle markup past a sanitiser. Rendering
 * sanitises again whatever is stored (lib/anki/card-html.ts).
 */
export function sanitizeFieldKeepingClean(html: string): string {
  const clean = sanitizeHtml(html, OPTIONS);
  if (/<[!?]/.test(html)) return clean;
  return clean === sanitizeHtml(html, UNFILTERED) ? html : clean;
}

/** Text without tags (Anki's `text:` filter and emptiness test). */
export function stripHtml(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).replace(/&nbsp;/g, " ");
}

/**
 * Prefixes every selector with `.${scope}` (`.card` becomes the scope itself), drops @import and
 * any url() that is not a plain media file name, and anything that could close the <style> tag.
 */
export function scopeCss(css: string, scope: string): string {
  const clean = css.replace(/<\/?style/gi, "").replace(/@import[^;]*;?/gi, "").replace(/url\(\s*(['"]?)([^)'"]*)\1\s*\)/gi, (all, _q, target: string) =>
    /^[\w.-]+$/.test(target) && !target.startsWith(".") ? all : "none");
  return scopeBlock(clean, `.${scope}`);
}

function scopeBlock(css: string, prefix: string): string {
  let out = "";
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf("{", i);
    if (open < 0) break;
    const head = css.slice(i, open).trim();
    const close = matchingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (head.startsWith("@media") || head.startsWith("@supports")) out += `${head} {${scopeBlock(body, prefix)}}\n`;
    else if (head.startsWith("@")) out += head.startsWith("@font-face") || head.startsWith("@keyframes") ? `${head} {${body}}\n` : "";
    else {
      const selectors = head.split(",").map((s) => s.trim()).filter(Boolean).map((s) => {
        if (/^(\.card|body|html)$/.test(s)) return prefix;
        return `${prefix} ${s.replace(/^(\.card|body|html)\s+/, "")}`;
      });
      out += `${selectors.join(", ")} {${body}}\n`;
    }
    i = close + 1;
  }
  return out;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let j = open; j < css.length; j++) {
    if (css[j] === "{") depth++;
    else if (css[j] === "}" && --depth === 0) return j;
  }
  return css.length;
}
