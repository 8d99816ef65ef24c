// Deterministic English prose for import fixtures: known text to compare the cleaned output with.
const SUBJECTS = ["The river", "A merchant from the coast", "The old harbour", "Every village", "The council", "A young surveyor", "The northern road", "Their first winter", "The salt trade", "A small ferry"];
const VERBS = ["carried", "changed", "measured", "protected", "divided", "described", "welcomed", "doubled", "recorded", "shaped"];
const OBJECTS = ["the grain of the valley", "a quiet market town", "the price of bread", "the long coastal marshes", "every family in the district", "the maps of the province", "a new stone bridge", "the letters of the traders", "the distant mountain passes", "the ledgers of the abbey"];
const TAILS = ["before the spring floods arrived", "during the reign of a careful king", "while the roads were still open", "after a decade of bad harvests", "because the weather had turned", "long before anyone wrote it down", "as the town grew along the water", "without much notice from the capital"];

// Sentences the offline card generator turns into cards (definitions, dates, named agents),
// varied so that a long book yields many distinct cards.
const CITIES = ["Lubeck", "Hamburg", "Luneburg", "Bremen", "Rostock", "Wismar", "Danzig", "Riga", "Bergen", "Visby"];
const GOODS = ["salt", "herring", "timber", "amber", "grain", "wax", "fur", "cloth"];
const TERMS = [
  "A salt pan is a shallow pool where seawater evaporates and leaves its salt behind.",
  "A toll bridge is a crossing where travellers pay a fee to pass.",
  "A cog is a broad sailing ship with a single mast and a flat bottom.",
  "A staple right is a privilege that forced passing merchants to offer their goods for sale.",
  "The Hanseatic League was a confederation of merchant guilds that controlled trade in the Baltic.",
  "In 1398, the Stecknitz Canal opened between Lauenburg and Lubeck.",
];

function fact(r: () => number): string {
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
  const kind = Math.floor(r() * 3);
  if (kind === 0) return pick(TERMS);
  const [a, b] = [pick(CITIES), pick(CITIES)];
  if (kind === 1) return `In ${1200 + Math.floor(r() * 300)}, ${a} and ${b === a ? CITIES[(CITIES.indexOf(a) + 1) % CITIES.length] : b} signed a treaty to protect the ${pick(GOODS)} road.`;
  return `The town of ${a} supplied most of the ${pick(GOODS)} sold in the north.`;
}

/** A pseudo-random but repeatable stream. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export function sentence(r: () => number): string {
  const pick = <T,>(a: T[]) => a[Math.floor(r() * a.length)];
  return `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
}

export function paragraphs(seed: number, count: number, sentencesEach: [number, number] = [3, 6]): string[][] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const p = Array.from({ length: sentencesEach[0] + Math.floor(r() * (sentencesEach[1] - sentencesEach[0] + 1)) }, () => sentence(r));
    if (i % 2 === 1) p[0] = fact(r);
    return p;
  });
}

/** Greedy lines of at most `width` characters; the first starts with `indent` (a paragraph's). */
export function wrap(text: string, width = 60, indent = ""): string[] {
  const lines: string[] = [];
  for (const w of text.split(" ")) {
    if (lines.length && `${lines[lines.length - 1]} ${w}`.length <= width) lines[lines.length - 1] += ` ${w}`;
    else lines.push(lines.length ? w : `${indent}${w}`);
  }
  return lines;
}

/** Character error rate: edit distance over the reference length (whitespace runs collapsed). */
export function cer(reference: string, hypothesis: string): number {
  const a = reference.replace(/\s+/g, " ").trim();
  const b = hypothesis.replace(/\s+/g, " ").trim();
  let prev = new Uint32Array(b.length + 1).map((_, j) => j);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    [prev, cur] = [cur, prev];
  }
  return a.length ? prev[b.length] / a.length : b.length ? 1 : 0;
}

/** Words of a text, without Markdown footnote markers ([^1]). */
const words = (s: string) => s.replace(/\[\^\d+\]/g, "").split(/\s+/).filter(Boolean);

/** Share of the reference's words found in the hypothesis (each found word used once). */
export function wordAccuracy(reference: string, hypothesis: string): number {
  const got = new Map<string, number>();
  for (const w of words(hypothesis)) got.set(w, (got.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of words(reference)) if ((got.get(w) ?? 0) > 0) { hit++; got.set(w, got.get(w)! - 1); }
  return hit / words(reference).length;
}
