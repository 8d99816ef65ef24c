// The legacy Anki 2.1 collection schema (collection.anki2), as Anki and genanki write it, and the
// JSON blobs of its `col` row: note types (models), decks and deck options.

/** The tables both collection schemas (legacy and version 18) create alike. */
export const CORE_TABLES = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null,
  flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
`;

/** The indexes both collection schemas create alike. */
export const CORE_INDEXES = `
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);`;

export const SCHEMA = `
${CORE_TABLES}CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
${CORE_INDEXES}`;

const CSS = ".card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }\n.cloze { font-weight: bold; color: blue; }";
const LATEX_PRE = "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n";

function field(name: string, ord: number) {
  return { name, ord, font: "Arial", media: [], rtl: false, size: 20, sticky: false };
}

function template(name: string, ord: number, qfmt: string, afmt: string) {
  return { name, ord, qfmt, afmt, bqfmt: "", bafmt: "", did: null };
}

export type ModelIds = { basic: number; reversed: number; cloze: number };

export function models(ids: ModelIds, deckId: number, mod: number) {
  const common = { css: CSS, did: deckId, latexPost: "\\end{document}", latexPre: LATEX_PRE, mod, sortf: 0, tags: [], usn: -1, vers: [] };
  const qa = template("Card 1", 0, "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}");
  return {
    [ids.basic]: { ...common, id: ids.basic, name: "Basic (Lectern)", type: 0, flds: [field("Front", 0), field("Back", 1)], tmpls: [qa], req: [[0, "any", [0]]] },
    [ids.reversed]: {
      ...common, id: ids.reversed, name: "Basic and reversed card (Lectern)", type: 0, flds: [field("Front", 0), field("Back", 1)],
      tmpls: [qa, template("Card 2", 1, "{{Back}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}")], req: [[0, "any", [0]], [1, "any", [1]]],
    },
    [ids.cloze]: {
      ...common, id: ids.cloze, name: "Cloze (Lectern)", type: 1, flds: [field("Text", 0), field("Back Extra", 1)],
      tmpls: [template("Cloze", 0, "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")],
    },
  };
}

export function decks(deckId: number, name: string, description: string, mod: number) {
  const deck = (id: number, deckName: string, desc: string) => ({
    collapsed: false, conf: 1, desc, dyn: 0, extendNew: 10, extendRev: 50, id, lrnToday: [0, 0], mod, name: deckName,
    newToday: [0, 0], revToday: [0, 0], timeToday: [0, 0], usn: -1,
  });
  return { 1: deck(1, "Default", ""), [deckId]: deck(deckId, name, description) };
}

export const DECK_CONF = {
  1: {
    autoplay: true, id: 1, maxTaken: 60, mod: 0, name: "Default", replayq: true, timer: 0, usn: 0, dyn: false,
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
  },
};

export function collectionConf(deckId: number) {
  return {
    activeDecks: [deckId], curDeck: deckId, newSpread: 0, collapseTime: 1200, timeLim: 0, estTimes: true, dueCounts: true,
    curModel: null, nextPos: 1, sortType: "noteFld", sortBackwards: false, addToCur: true,
  };
}
