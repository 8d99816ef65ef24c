// The kinds of whole a book may follow through many sentences, the nouns that name one, the general
// nouns that stand for any of a kind ("the work" for a sonata or a treaty), and the parts a whole has
// ("the finale", "the second clause", "the west front"). General English, no book's words.

export type Kind = "music" | "text" | "building" | "picture" | "campaign";

/** Head noun (lemma) of a whole → its kind. */
export const WHOLE: Map<string, Kind> = new Map([
  ..."sonata symphony quartet quintet sextet concerto suite opera oratorio overture cantata".split(" ").map((w) => [w, "music"] as const),
  ..."treaty charter statute constitution convention covenant compact decree edict ordinance bill book poem treatise essay novel epic".split(" ").map((w) => [w, "text"] as const),
  ...["act"].map((w) => [w, "text"] as const),
  ..."church cathedral abbey temple palace castle chapel mosque basilica monastery hospital barrack barracks prison college museum theatre".split(" ").map((w) => [w, "building"] as const),
  ..."painting portrait fresco altarpiece canvas".split(" ").map((w) => [w, "picture"] as const),
  ..."campaign siege expedition".split(" ").map((w) => [w, "campaign"] as const),
]);

/** General nouns that, bare, stand for the whole last named of these kinds ("the work"). */
export const GENERAL: Map<string, Kind[]> = new Map([
  ["work", ["music", "text", "picture"]],
  ["piece", ["music", "picture"]],
  ["composition", ["music", "picture"]],
  ["picture", ["picture"]],
  ["building", ["building"]],
  ["edifice", ["building"]],
  ["document", ["text"]],
]);

/** Part nouns → the kind of whole they belong to. */
export const PART: Map<string, Kind> = new Map([
  ..."movement theme finale rondo trio minuet scherzo largo adagio andante allegro presto coda".split(" ").map((w) => [w, "music"] as const),
  ..."clause article preamble proviso stanza canto".split(" ").map((w) => [w, "text"] as const),
  ..."nave facade façade portal tower spire dome transept aisle apse crypt cloister".split(" ").map((w) => [w, "building"] as const),
  ..."foreground background".split(" ").map((w) => [w, "picture"] as const),
]);

/** "front" is a part of a building only with a side of it: "the west front" (not "the front", a war's;
 * nor "the western front", a war's too, so no "-ern" forms). */
export const SIDED = new Set(["front"]);
export const SIDE = /^(?:west|east|north|south)$/;

/** Parts with a common other sense ("the movement spread", "the article appeared"): a part only with an
 * ordinal or an adjective before it ("the second movement", "the slow movement"). */
export const QUALIFIED_PART = new Set(["movement", "article"]);

/** General nouns with a common other sense ("the work of the copyists", "the building went on"): the
 * whole only when pointed at ("this work", "that building", "the said work", "the work in question"). */
export const POINTED_GENERAL = new Set(["work", "building"]);

/** Singular lower-case lemma of a token read as a noun (a title's capital "Sonata" included). */
export const nounKey = (t: { lower: string; lemma: string }) => t.lemma.toLowerCase();
