// Notes into card faces. BASIC: front/back. REVERSED: ordinal 1 swaps the sides. CLOZE: Anki
// syntax {{c1::answer}} or {{c1::answer::hint}}; each number is a sibling card whose front shows
// its deletions as blanks ("[...]" or "[hint]") and the other deletions as plain text.
export type Segment = { text: string; cloze?: boolean; html?: string }; // html: sanitised markup of imported notes (lib/anki/card-html)
export type NoteKind = "BASIC" | "REVERSED" | "CLOZE";

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([^{}]*?))?\}\}/g;

export function clozeOrdinals(text: string): number[] {
  const found = new Set<number>();
  for (const m of text.matchAll(CLOZE)) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 99) found.add(n);
  }
  return [...found].sort((a, b) => a - b);
}

function clozeFaces(text: string, ordinal: number): { front: Segment[]; back: Segment[]; answers: string[] } {
  const front: Segment[] = [];
  const back: Segment[] = [];
  const answers: string[] = [];
  let last = 0;
  const push = (list: Segment[], seg: Segment) => {
    if (!seg.text) return;
    const prev = list.at(-1);
    if (prev && !prev.cloze && !seg.cloze) prev.text += seg.text;
    else list.push({ ...seg });
  };
  for (const m of text.matchAll(CLOZE)) {
    const plain = text.slice(last, m.index);
    push(front, { text: plain });
    push(back, { text: plain });
    const [, num, answer, hint] = m;
    if (Number(num) === ordinal) {
      push(front, { text: hint ? `[${hint}]` : "[...]", cloze: true });
      push(back, { text: answer, cloze: true });
      answers.push(answer);
    } else {
      push(front, { text: answer });
      push(back, { text: answer });
    }
    last = m.index + m[0].length;
  }
  push(front, { text: text.slice(last) });
  push(back, { text: text.slice(last) });
  return { front, back, answers };
}

export function renderCard(note: { kind: NoteKind; front: string; back: string }, ordinal: number): { front: Segment[]; back: Segment[]; clozeAnswers?: string[] } {
  if (note.kind === "CLOZE") {
    const faces = clozeFaces(note.front, ordinal);
    return { front: faces.front, back: faces.back, clozeAnswers: faces.answers };
  }
  const [q, a] = note.kind === "REVERSED" && ordinal === 1 ? [note.back, note.front] : [note.front, note.back];
  return { front: [{ text: q }], back: [{ text: a }] };
}

/** Plain text of a card side, for search, CSV export and previews. */
export function plainText(segments: Segment[]): string {
  return segments.map((s) => s.text).join("");
}

/** An error message for an invalid note, or null. */
export function validateNote(kind: NoteKind, front: string, back: string): string | null {
  if (!front.trim()) return "The front can't be empty.";
  if (front.length > 10_000 || back.length > 10_000) return "Keep each side under 10,000 characters.";
  if (kind === "CLOZE") {
    const opens = (front.match(/\{\{/g) ?? []).length;
    const closes = (front.match(/\}\}/g) ?? []).length;
    if (opens !== closes) return "A cloze deletion is not closed: check the {{ and }} pairs.";
    if (!clozeOrdinals(front).length) return "A cloze note needs at least one deletion like {{c1::answer}}.";
    return null;
  }
  if (!back.trim()) return "The back can't be empty.";
  return null;
}
