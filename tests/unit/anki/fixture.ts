// A small collection as Anki lays it out: subdecks, the stock note types plus a custom one, tags,
// new/learning/review/suspended/buried cards, a revlog and media (image + sound).
import type { AnkiCollection, MediaFile } from "@/lib/anki/types";

const t0 = Date.UTC(2026, 0, 5, 9); // a Monday morning, ms

const basic = { ord: 0, name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}<hr id=answer>{{Back}}" };
export function fixtureCollection(): AnkiCollection {
  return {
    schemaVersion: 11, crt: Math.floor(Date.UTC(2025, 0, 1) / 1000), rollover: 4,
    decks: [{ id: "1", name: "Default", description: "" }, { id: "100", name: "Lang", description: "Languages" }, { id: "101", name: "Lang::French", description: "" }],
    notetypes: [
      { id: "200", name: "Basic", kind: "normal", css: ".card { color: black; }", fields: [{ ord: 0, name: "Front" }, { ord: 1, name: "Back" }], templates: [basic] },
      {
        id: "201", name: "Basic (and reversed card)", kind: "normal", css: "", fields: [{ ord: 0, name: "Front" }, { ord: 1, name: "Back" }],
        templates: [basic, { ord: 1, name: "Card 2", qfmt: "{{Back}}", afmt: "{{FrontSide}}<hr id=answer>{{Front}}" }],
      },
      { id: "202", name: "Cloze", kind: "cloze", css: ".cloze { font-weight: bold; }", fields: [{ ord: 0, name: "Text" }, { ord: 1, name: "Back Extra" }], templates: [{ ord: 0, name: "Cloze", qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>{{Back Extra}}" }] },
      { id: "203", name: "Vocab (custom)", kind: "normal", css: ".word { font-size: 30px; }", fields: [{ ord: 0, name: "Word" }, { ord: 1, name: "Meaning" }, { ord: 2, name: "Audio" }], templates: [{ ord: 0, name: "Recognise", qfmt: "<div class=word>{{Word}}</div>{{#Audio}}{{Audio}}{{/Audio}}", afmt: "{{FrontSide}}<hr id=answer>{{Meaning}}" }] },
    ],
    notes: [
      { id: "300", guid: "g-basic", notetypeId: "200", mod: 1_767_600_000, tags: ["geo", "capitals"], fields: ["Capital of France?", "Paris <img src=\"paris.jpg\">"] },
      { id: "301", guid: "g-rev", notetypeId: "201", mod: 1_767_600_000, tags: [], fields: ["chien", "dog"] },
      { id: "302", guid: "g-cloze", notetypeId: "202", mod: 1_767_600_000, tags: ["grammar"], fields: ["{{c1::Le}} chat {{c2::mange::verb}}", ""] },
      { id: "303", guid: "g-vocab", notetypeId: "203", mod: 1_767_600_000, tags: ["audio"], fields: ["bonjour", "hello", "[sound:bonjour.mp3]"] },
    ],
    cards: [
      card("400", "300", "100", 0, { type: 2, queue: 2, due: 380, ivl: 10, factor: 2500, reps: 3 }),
      card("401", "301", "101", 0, { type: 0, queue: 0, due: 1 }),
      card("402", "301", "101", 1, { type: 2, queue: -1, due: 385, ivl: 4, factor: 2300, reps: 2, lapses: 0 }), // suspended
      card("403", "302", "101", 0, { type: 1, queue: 1, due: Math.floor(t0 / 1000) + 600, reps: 1 }),
      card("404", "302", "101", 1, { type: 0, queue: -3, due: 2 }), // buried (manually)
      card("405", "303", "101", 0, { type: 2, queue: 2, due: 383, ivl: 3, factor: 2500, reps: 2 }),
    ],
    revlog: [
      rev(t0, "400", 3, -600, 0, 0, 0), rev(t0 + 600_000, "400", 3, 1, -600, 2500, 0), rev(t0 + 86_400_000, "400", 3, 10, 1, 2500, 1),
      rev(t0, "402", 1, -60, 0, 0, 0), rev(t0 + 60_000, "402", 3, 4, -60, 2300, 0),
      rev(t0 + 1000, "403", 3, -600, 0, 0, 0),
      rev(t0 - 5 * 86_400_000, "405", 3, 3, 1, 2500, 1), rev(t0 - 86_400_000, "405", 4, 3, 3, 2650, 1), // SM-2 history without learning
    ],
  };
}

function card(id: string, noteId: string, deckId: string, ord: number, s: { type: number; queue: number; due: number; ivl?: number; factor?: number; reps?: number; lapses?: number }) {
  return { id, noteId, deckId, ord, mod: 1_767_600_000, type: s.type, queue: s.queue, due: s.due, ivl: s.ivl ?? 0, factor: s.factor ?? 0, reps: s.reps ?? 0, lapses: s.lapses ?? 0, left: 0, data: "" };
}

function rev(time: number, cardId: string, ease: number, ivl: number, lastIvl: number, factor: number, type: number) {
  return { id: String(time + Number(cardId)), cardId, ease, ivl, lastIvl, factor, time: 4000, type };
}

export const fixtureMedia = (): MediaFile[] => [
  { name: "paris.jpg", data: Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4]) },
  { name: "bonjour.mp3", data: Uint8Array.from([0x49, 0x44, 0x33, 9, 8, 7]) },
];
