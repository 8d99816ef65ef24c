import { describe, expect, it } from "vitest";
import { mapCollection, shapeOf } from "@/lib/anki/to-lectern";
import type { AnkiNotetype } from "@/lib/anki/types";
import { fixtureCollection } from "./fixture";

describe("mapCollection", () => {
  it("maps stock note types to Lectern kinds and renders custom ones, accounting for every card", () => {
    const col = fixtureCollection();
    const { notes, skipped } = mapCollection(col);
    expect(skipped).toEqual([]);
    const byKey = Object.fromEntries(notes.map((n) => [n.key, n]));
    expect(byKey["g-basic"]).toMatchObject({ kind: "BASIC", front: "Capital of France?", back: 'Paris <img src="paris.jpg">' /* kept as written: nothing to remove */, tags: ["geo", "capitals"], ankiDeckId: "100" });
    expect(byKey["g-rev"]).toMatchObject({ kind: "REVERSED", front: "chien", back: "dog", cards: [{ ankiCardId: "401", ordinal: 0 }, { ankiCardId: "402", ordinal: 1 }] });
    expect(byKey["g-cloze"]).toMatchObject({ kind: "CLOZE", front: "{{c1::Le}} chat {{c2::mange::verb}}", back: "", cards: [{ ankiCardId: "403", ordinal: 1 }, { ankiCardId: "404", ordinal: 2 }] });
    expect(byKey["g-vocab#0"]).toMatchObject({ kind: "BASIC", front: '<div class="word">bonjour</div>[sound:bonjour.mp3]', back: "hello" });
    expect(notes.flatMap((n) => n.cards.map((c) => c.ankiCardId)).sort()).toEqual(col.cards.map((c) => c.id).sort());
  });

  it("renders optional-reversed and type-in note types through their templates", () => {
    const optional: AnkiNotetype = {
      id: "9", name: "Basic (optional reversed card)", kind: "normal", css: "",
      fields: [{ ord: 0, name: "Front" }, { ord: 1, name: "Back" }, { ord: 2, name: "Add Reverse" }],
      templates: [
        { ord: 0, name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}<hr id=answer>{{Back}}" },
        { ord: 1, name: "Card 2", qfmt: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}", afmt: "{{FrontSide}}<hr id=answer>{{Front}}" },
      ],
    };
    const typing: AnkiNotetype = { id: "8", name: "Basic (type in the answer)", kind: "normal", css: "", fields: [{ ord: 0, name: "Front" }, { ord: 1, name: "Back" }], templates: [{ ord: 0, name: "Card 1", qfmt: "{{Front}}\n\n{{type:Back}}", afmt: "{{Front}}<hr id=answer>{{type:Back}}" }] };
    expect(shapeOf(optional)).toEqual({ kind: "rendered" });
    expect(shapeOf(typing)).toEqual({ kind: "rendered" });
    const card = (id: string, noteId: string, ord: number) => ({ id, noteId, deckId: "1", ord, mod: 0, type: 0, queue: 0, due: 0, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "" });
    const { notes } = mapCollection({
      schemaVersion: 11, crt: 0, rollover: null, decks: [], notetypes: [optional, typing], revlog: [],
      notes: [{ id: "1", guid: "o", notetypeId: "9", mod: 0, tags: [], fields: ["chien", "dog", "y"] }, { id: "2", guid: "t", notetypeId: "8", mod: 0, tags: [], fields: ["cat?", "chat"] }],
      cards: [card("10", "1", 0), card("11", "1", 1), card("12", "2", 0)],
    });
    expect(notes.map((n) => [n.key, n.front, n.back])).toEqual([
      ["o#0", "chien", "dog"], ["o#1", "dog", "chien"],
      ["t#0", 'cat?\n\n<span class="type-answer" data-field="Back"></span>', 'cat?<hr id="answer" /><span class="type-answer-expected">chat</span>'],
    ]);
  });

  it("reports notes whose note type is missing", () => {
    const col = fixtureCollection();
    col.notes[0].notetypeId = "999";
    expect(mapCollection(col).skipped).toEqual(["note g-basic: unknown note type 999"]);
  });

  // Rct567/TransformerMan's empty_collection.anki2 (a real Anki 23.x collection) holds a card with no note.
  it("reports cards whose note is missing", () => {
    const col = fixtureCollection();
    col.cards.push({ ...col.cards[0], id: "999", noteId: "888" });
    const { notes, skipped } = mapCollection(col);
    expect(skipped).toEqual(["card 999: its note 888 is missing"]);
    expect(notes.flatMap((n) => n.cards.map((c) => c.ankiCardId))).not.toContain("999");
  });
});
