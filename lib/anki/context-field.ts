// The context line in an Anki package: Anki has no context field on its stock note types, so the
// line goes at the top of the front (cloze: text) field as a small muted <div>, marked by its class
// so that importing Lectern's own export takes it back out into the note's context. The style is
// inline because a package's note type CSS is the importer's to change; the class is the marker.
import { escapeHtml } from "./template";
import { stripHtml } from "./sanitize";
import { normalizeContext } from "@/lib/notes/context";
import { decodeEntities } from "@/lib/chapters/inline";

const CLASS = "lectern-context";
const STYLE = "font-size: 0.75em; color: #888; margin-bottom: 0.5em;";
const LEADING = new RegExp(`^\\s*<div class="${CLASS}"[^>]*>([\\s\\S]*?)</div>`);

/** The front field with the context line above it (`frontHtml` is already field HTML). */
export function withContextField(frontHtml: string, context: string | null | undefined): string {
  const line = normalizeContext(context);
  return line ? `<div class="${CLASS}" style="${STYLE}">${escapeHtml(line)}</div>${frontHtml}` : frontHtml;
}

/** A front field split into its context line (when it starts with Lectern's marker) and the rest. */
export function splitContextField(field: string): { context: string | null; front: string } {
  const m = LEADING.exec(field);
  if (!m) return { context: null, front: field };
  // (stripHtml leaves text escaped as &amp; &lt; &gt; &quot;; the chapters' entity decoder reads those back)
  const context = normalizeContext(decodeEntities(stripHtml(m[1])));
  return { context, front: field.slice(m[0].length) };
}
