// Anki's card template language (rslib/src/template.rs), enough for every stock note type and
// ordinary custom ones: {{Field}}, {{#Field}}…{{/Field}}, {{^Field}}…{{/Field}}, {{FrontSide}},
// and the filters cloze:, type:, text:, hint: (others pass the field through). Field values are
// sanitised before they are placed, and the result is sanitised again.
import { sanitizeFieldHtml, stripHtml } from "./sanitize";

export type RenderContext = { fields: Record<string, string>; cardOrd: number; side: "question" | "answer"; frontSide?: string };

type Node = { text: string } | { field: string; filters: string[] } | { section: string; inverted: boolean; children: Node[] };

export function parseTemplate(template: string): Node[] {
  const root: Node[] = [];
  const stack: { name: string; children: Node[] }[] = [{ name: "", children: root }];
  const re = /\{\{([^{}]*)\}\}/g;
  let last = 0;
  for (const m of template.matchAll(re)) {
    const top = stack[stack.length - 1];
    if (m.index > last) top.children.push({ text: template.slice(last, m.index) });
    last = m.index + m[0].length;
    const tag = m[1].trim();
    if (tag.startsWith("#") || tag.startsWith("^")) {
      const node = { section: tag.slice(1).trim(), inverted: tag[0] === "^", children: [] as Node[] };
      top.children.push(node);
      stack.push({ name: node.section, children: node.children });
    } else if (tag.startsWith("/")) {
      if (stack.length > 1 && stack[stack.length - 1].name === tag.slice(1).trim()) stack.pop();
      else top.children.push({ text: `{unmatched closing tag ${tag.slice(1)}}` });
    } else if (tag) {
      const parts = tag.split(":");
      top.children.push({ field: parts[parts.length - 1].trim(), filters: parts.slice(0, -1).map((f) => f.trim()) });
    }
  }
  if (last < template.length) stack[stack.length - 1].children.push({ text: template.slice(last) });
  return root;
}

export function renderTemplate(template: string, ctx: RenderContext): string {
  return sanitizeFieldHtml(renderNodes(parseTemplate(template), ctx));
}

/** Whether a template renders anything from fields (Anki skips cards whose question would be empty). */
export function isEmptyRender(template: string, ctx: RenderContext): boolean {
  const withoutStatic = renderNodes(parseTemplate(template).filter((n) => !("text" in n)), ctx);
  return !stripHtml(withoutStatic).trim() && !/<img|\[sound:/i.test(withoutStatic);
}

const nonEmpty = (v: string | undefined) => !!v && (!!stripHtml(v).trim() || /<img|\[sound:/i.test(v));

function renderNodes(nodes: Node[], ctx: RenderContext): string {
  let out = "";
  for (const n of nodes) {
    if ("text" in n) out += n.text;
    else if ("section" in n) {
      const cloze = /^c(\d+)$/.exec(n.section);
      const present = cloze ? Number(cloze[1]) === ctx.cardOrd + 1 : nonEmpty(ctx.fields[n.section]);
      if (present !== n.inverted) out += renderNodes(n.children, ctx);
    } else out += renderField(n.field, n.filters, ctx);
  }
  return out;
}

function renderField(name: string, filters: string[], ctx: RenderContext): string {
  if (name === "FrontSide" && !filters.length) return ctx.side === "answer" ? (ctx.frontSide ?? "") : "";
  if (!(name in ctx.fields)) return specialField(name) ?? `{unknown field ${escapeHtml(name)}}`;
  let value = sanitizeFieldHtml(ctx.fields[name]);
  for (const filter of [...filters].reverse()) {
    if (filter === "cloze") value = renderCloze(value, ctx.cardOrd + 1, ctx.side);
    else if (filter === "text") value = stripHtml(value); // already entity-escaped text
    else if (filter === "hint") value = nonEmpty(value) ? `<details class="hint"><summary>${escapeHtml(name)}</summary>${value}</details>` : "";
    else if (filter === "type") value = ctx.side === "question" ? `<span class="type-answer" data-field="${escapeHtml(name)}"></span>` : `<span class="type-answer-expected">${stripHtml(value)}</span>`;
    else if (filter.startsWith("cloze-only")) value = clozeAnswers(value, ctx.cardOrd + 1).join(", ");
  }
  return value;
}

function specialField(name: string): string | null {
  return ["Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag"].includes(name) ? "" : null;
}

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([^{}]*?))?\}\}/g;

/** Anki's cloze filter: the card's deletions as [...] / [hint] on the question, highlighted on the answer; others plain. */
export function renderCloze(text: string, ordinal: number, side: "question" | "answer"): string {
  return text.replace(CLOZE, (_all, n: string, answer: string, hint?: string) => {
    if (Number(n) !== ordinal) return answer;
    if (side === "answer") return `<span class="cloze">${answer}</span>`;
    return `<span class="cloze">[${hint ? escapeHtml(hint) : "..."}]</span>`;
  });
}

export function clozeAnswers(text: string, ordinal: number): string[] {
  return [...text.matchAll(CLOZE)].filter((m) => Number(m[1]) === ordinal).map((m) => m[2]);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
