// What the strict raters' not-standalone edits and rejects ask for, classed by the fix their note
// names (TRAIN chapters only; one row per card, the first strict rater that labelled it):
//   (a) pronoun → a name or phrase printed earlier ("their" → "the consuls'", "I" → the author)
//   (b) definite description → its fuller earlier name ("the President" → "President Wilson")
//   (c) a missing frame: time, place or topic ("add 'In 1919,'", "no year", "when?")
//   (d) an ordinal or connective pointing back ("Of the first kind", "On the contrary")
//   (e) other (a summary, a quotation with no speaker, a cut clause, …)
// The class is read from the note by the patterns below, in this order: the first the note matches.
//   npx tsx scripts/referent-audit.ts            counts per family and per book
//   npx tsx scripts/referent-audit.ts <family>   also every note of that family
//   npx tsx scripts/recall-audit.ts | npx tsx scripts/referent-audit.ts --gold
//                                                the missed gold facts whose covering candidates die at the
//                                                standalone gate, classed by the gate's first reason
import { readFileSync } from "node:fs";
import { readLabels, trainFixtures } from "./lib/cards-eval";
import { STRICT_RATERS } from "@/lib/cards/rank/training";

type Family = "a-pronoun" | "b-definite" | "c-frame" | "d-connective" | "e-other";
const FAMILIES: Family[] = ["a-pronoun", "b-definite", "c-frame", "d-connective", "e-other"];

// The phrase a note quotes first, or the word it opens on ("he unresolved", "It (…) unresolved").
const quoted = (note: string) => (/^["“']([^"”']+)["”']/.exec(note.trim()) ?? /["“]([^"”]+)["”]/.exec(note) ?? /^(\S+(?: \S+)?)/.exec(note.trim()))?.[1] ?? "";
const CONNECTIVE = /^(?:on the contrary|on the other hand|of the (?:first|second|third|former|latter)|the (?:first|second|third|former|latter|other)\b|(?:first|secondly|thirdly|lastly|neither|nor|thus|so|also|in like manner|beyond this|among so many|then|hence|here)\b)/i;
const PRONOUN = /^(?:he|she|it|they|them|him|his|her|its|their|i|we|my|our|us|mine|me)\b/i;
const DEFINITE = /^(?:the|this|these|that|those|such|so many|any)\b/i;
const FRAME = /\b(?:add|prefix)\b.*["'“](?:in|at|by|among|during|of|once|after|when|for)\b|no (?:time|year|date|place|occasion|speaker)|time anchor|needs period|no context|\bwhen\??\b|\bwhere\??\b|which meeting|of what\??/i;

export function family(note: string): Family {
  const q = quoted(note);
  if (CONNECTIVE.test(q)) return "d-connective";
  if (PRONOUN.test(q)) return "a-pronoun";
  if (DEFINITE.test(q)) return "b-definite";
  if (FRAME.test(note)) return "c-frame";
  return "e-other";
}

type Row = { label: string; note: string; rater: string; front: string; reason?: string };
// The standalone gate's reason → the family of fix it asks for.
function gateFamily(reason: string): Family {
  if (/leading pronoun|pronoun with no antecedent|lead-pronoun|pronoun "/.test(reason)) return "a-pronoun";
  if (/\((?:definite|determiner|name|referent) "|demonstrative points back/.test(reason)) return "b-definite";
  if (/\((?:time|date|frame) "|month without a year|season without a year|lecturer's table/.test(reason)) return "c-frame";
  if (/\((?:marker|comparative|adverb) "|continues the sentence before/.test(reason)) return "d-connective";
  return "e-other";
}

function gold(text: string) {
  const out: Record<string, number> = {};
  const books: Record<string, Set<string>> = {};
  let book = "";
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    const h = /^## (\S+?):/.exec(line);
    if (h) book = h[1];
    const m = /^- (\S+): gate standalone/.exec(line);
    if (!m) return;
    const reason = (lines[i + 1] ?? "").replace(/^\s*standalone:\s*/, "").replace(/\s{3,}.*$/, "").replace(/ \[\w+\] .*$/, "");
    const f = gateFamily(reason);
    out[f] = (out[f] ?? 0) + 1;
    (books[f] ??= new Set()).add(book);
    console.log(`${f.padEnd(13)} ${book.slice(0, 30).padEnd(30)} ${m[1].padEnd(26)} ${reason}`);
  });
  console.log("\nfacts", out, "\nbooks", Object.fromEntries(Object.entries(books).map(([f, b]) => [f, b.size])));
}

const rank = (r: string) => { const i = (STRICT_RATERS as readonly string[]).indexOf(r); return i < 0 ? -1 : STRICT_RATERS.length - i; };
const show = process.argv[2];
if (show === "--gold") {
  gold(readFileSync(0, "utf8"));
  process.exit(0);
}
const total: Record<string, number> = {};
const rows: string[] = [];
for (const fixture of trainFixtures()) {
  const first = new Map<string, Row>();
  for (const l of readLabels(fixture)) {
    if (rank(l.rater) < 0) continue;
    const key = `${l.kind}|${l.front}|${l.back}`;
    const had = first.get(key);
    // The chain's order: rater-o first … rater-c last (as eval:cards' strict-first list).
    if (!had || rank(l.rater) < rank(had.rater)) first.set(key, { label: l.label, note: l.note ?? "", rater: l.rater, front: l.front, reason: l.reason ?? undefined });
  }
  const counts: Record<string, number> = {};
  for (const l of first.values()) {
    if (l.label === "accept" || l.reason !== "not-standalone") continue;
    const f = family(l.note);
    counts[f] = (counts[f] ?? 0) + 1;
    total[f] = (total[f] ?? 0) + 1;
    if (show && f.startsWith(show)) console.log(`${fixture.slice(0, 24).padEnd(24)} ${l.label[0]} | ${l.note}\n    ${l.front.slice(0, 150)}`);
  }
  if (Object.keys(counts).length) rows.push(`| ${fixture} | ${FAMILIES.map((f) => counts[f] ?? 0).join(" | ")} |`);
}
console.log(`\n| fixture | ${FAMILIES.join(" | ")} |\n| --- | ${FAMILIES.map(() => "---").join(" | ")} |`);
for (const r of rows) console.log(r);
console.log(`| all | ${FAMILIES.map((f) => total[f] ?? 0).join(" | ")} |`);
console.log(`| books | ${FAMILIES.map((f) => rows.filter((r) => parseInt(r.split(" | ")[FAMILIES.indexOf(f) + 1], 10) > 0).length).join(" | ")} |`);
