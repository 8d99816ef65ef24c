// Maps Anki notes onto Lectern's Note model (kind + front + back, and the context line that
// Lectern's own export puts at the top of the front field, lib/anki/context-field.ts):
// notes of the stock shapes become BASIC, REVERSED or CLOZE notes whose sides are the sanitised
// field HTML (so they stay editable like any Lectern note); every other note type (optional
// reversed, type in the answer, custom) is rendered through its own templates, each Anki card
// becoming a BASIC note holding its rendered question and answer. Keys are the Anki guid (plus
// the card ordinal for rendered cards), which makes re-imports update instead of duplicate.
import { sanitizeFieldKeepingClean } from "./sanitize";
import { splitContextField } from "./context-field";
import { isEmptyRender, renderTemplate } from "./template";
import type { AnkiCard, AnkiCollection, AnkiNote, AnkiNotetype } from "./types";

export type LecternKind = "BASIC" | "REVERSED" | "CLOZE";
export type NoteDraft = {
  key: string; // guid, or guid#ord for a rendered card
  guid: string;
  ankiDeckId: string;
  kind: LecternKind;
  front: string;
  back: string;
  context?: string; // the context line of a note exported by Lectern
  tags: string[];
  mod: number; // Anki note modification time, unix seconds
  notetypeId: string;
  cards: { ankiCardId: string; ordinal: number }[];
};

export type Mapping = { notes: NoteDraft[]; skipped: string[] };

type Shape = { kind: LecternKind; front: number; back: number[] } | { kind: "rendered" };

/** How a note type maps: by the shape of its templates, not its (translatable) name. */
export function shapeOf(nt: AnkiNotetype): Shape {
  const names = nt.fields.map((f) => f.name);
  const only = (fmt: string) => /^\{\{([^#^/{}:]+)\}\}$/.exec(fmt.trim())?.[1];
  const field = (name: string | undefined) => (name === undefined ? -1 : names.indexOf(name));
  if (nt.kind === "cloze") {
    const cloze = /^\{\{cloze:([^{}]+)\}\}$/.exec(nt.templates[0]?.qfmt.trim() ?? "")?.[1];
    const text = field(cloze);
    if (nt.templates.length === 1 && text >= 0) return { kind: "CLOZE", front: text, back: names.map((_, i) => i).filter((i) => i !== text) };
    return { kind: "rendered" };
  }
  const [t0, t1] = nt.templates;
  const front = field(only(t0?.qfmt ?? ""));
  if (front < 0 || names.length < 2) return { kind: "rendered" };
  const back = names.map((_, i) => i).filter((i) => i !== front);
  const answersWithBack = (fmt: string) => fmt.replace(/\s+/g, "").replace(/<hrid=["']?answer["']?\/?>/, "") === `{{FrontSide}}{{${names[back[0]]}}}`;
  if (nt.templates.length === 1 && back.length === 1 && answersWithBack(t0.afmt)) return { kind: "BASIC", front, back };
  if (nt.templates.length === 2 && back.length === 1 && answersWithBack(t0.afmt) && field(only(t1.qfmt)) === back[0]) return { kind: "REVERSED", front, back };
  return { kind: "rendered" };
}

export function mapCollection(col: AnkiCollection): Mapping {
  const notetypes = new Map(col.notetypes.map((n) => [n.id, n]));
  const cardsByNote = new Map<string, AnkiCard[]>();
  for (const c of col.cards) cardsByNote.set(c.noteId, [...(cardsByNote.get(c.noteId) ?? []), c]);
  const notes: NoteDraft[] = [];
  const skipped: string[] = [];
  for (const note of col.notes) {
    const nt = notetypes.get(note.notetypeId);
    const cards = (cardsByNote.get(note.id) ?? []).sort((a, b) => a.ord - b.ord);
    if (!nt) { skipped.push(`note ${note.guid}: unknown note type ${note.notetypeId}`); continue; }
    if (!cards.length) { skipped.push(`note ${note.guid}: has no cards`); continue; }
    const shape = shapeOf(nt);
    if (shape.kind === "rendered") notes.push(...renderedNotes(note, nt, cards, skipped));
    else {
      const field = (i: number) => sanitizeFieldKeepingClean(note.fields[i] ?? "");
      const back = shape.back.map(field).filter(Boolean).join("<br>");
      const { context, front } = splitContextField(note.fields[shape.front] ?? "");
      notes.push({
        key: note.guid, guid: note.guid, ankiDeckId: cards[0].deckId, kind: shape.kind, front: sanitizeFieldKeepingClean(front), back, tags: note.tags, ...(context ? { context } : {}),
        mod: note.mod, notetypeId: nt.id, cards: cards.map((c) => ({ ankiCardId: c.id, ordinal: shape.kind === "CLOZE" ? c.ord + 1 : c.ord })),
      });
    }
  }
  // Cards whose note is gone (Anki's own empty collection carries one): reported, not silently lost.
  const noteIds = new Set(col.notes.map((n) => n.id));
  for (const c of col.cards) if (!noteIds.has(c.noteId)) skipped.push(`card ${c.id}: its note ${c.noteId} is missing`);
  return { notes, skipped };
}

function renderedNotes(note: AnkiNote, nt: AnkiNotetype, cards: AnkiCard[], skipped: string[]): NoteDraft[] {
  const fields = Object.fromEntries(nt.fields.map((f) => [f.name, note.fields[f.ord] ?? ""]));
  const out: NoteDraft[] = [];
  for (const card of cards) {
    const template = nt.kind === "cloze" ? nt.templates[0] : nt.templates.find((t) => t.ord === card.ord);
    if (!template) { skipped.push(`card ${card.id}: its note type has no template ${card.ord}`); continue; }
    const ctx = { fields, cardOrd: card.ord, side: "question" as const };
    if (isEmptyRender(template.qfmt, ctx)) { skipped.push(`card ${card.id}: its question is empty`); continue; }
    const front = renderTemplate(template.qfmt, ctx);
    // Lectern shows the question above the answer already, so FrontSide and the answer rule are left out.
    const back = renderTemplate(template.afmt, { ...ctx, side: "answer", frontSide: "" }).replace(/^\s*<hr id="answer" \/>\s*/, "");
    out.push({
      key: `${note.guid}#${card.ord}`, guid: note.guid, ankiDeckId: card.deckId, kind: "BASIC", front, back, tags: note.tags,
      mod: note.mod, notetypeId: nt.id, cards: [{ ankiCardId: card.id, ordinal: 0 }],
    });
  }
  return out;
}
