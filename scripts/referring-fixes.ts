// Session 24 (refer24): what the strict raters' "not standalone" fixes replace, and where the
// replacement comes from. TRAIN fixtures only (carr-ch11.md left out), strict raters only, labels with
// reason not-standalone: each edit's note parsed into (expression → replacement) pairs, the expression
// classed, the replacement looked up in the chapter as the pipeline cleans it, and a few simple
// resolvers scored against the raters' replacements. Prints Markdown tables; --rows FILE writes one
// JSON line per pair.
//   npx tsx scripts/referring-fixes.ts [--rows out.jsonl]
import { writeFileSync } from "node:fs";
import { analyseChapter, type Analysis, type Span, type Token } from "@/lib/cards/analyse";
import { sentenceFinder } from "@/lib/cards/eval";
import { isStrict } from "@/lib/cards/rank/training";
import { documentOf, fixtureOptions, loadBooks, readLabels, trainFixtures } from "./lib/cards-eval";
import { type Agreement, agreement, classifyExpression, fixKind, EXPR_CLASSES, headOf, norm, numberOf, parseFixNote, sourceOf, SOURCES, type ExprClass, type Source } from "./lib/referring-fixes";
import { arg } from "./lib/args";

const books = loadBooks();
const fixtures = trainFixtures(books).filter((f) => f !== "carr-ch11.md");

const RESOLVERS = ["echo", "house", "prev-subject", "top-name", "sole-name", "fuller-mention", "heading"] as const;
type Resolver = (typeof RESOLVERS)[number];
type Row = { fixture: string; label: string; expr: string; repl: string; cls: ExprClass; source: Source | "unlocated"; answers: Partial<Record<Resolver, string | null>>; agree: Partial<Record<Resolver, Agreement | null>> };

const nounHead = (ts: Token[], s: Span): Token | null => {
  for (let k = s.b - 1; k >= s.a; k--) if (ts[k].pos === "NOUN" || ts[k].pos === "PROPN") return ts[k];
  return null;
};
const numberOfToken = (t: Token): "sg" | "pl" => (t.pos === "NOUN" && t.lemma !== t.lower ? "pl" : "sg");
const PERSON_PRONOUN = /^(?:he|she|him|his|her|himself|herself)$/i;

/** The subject noun phrase of the nearest of the five sentences before whose head agrees in number (a person's name for he/she). */
function prevSubject(a: Analysis, at: number, expr: string): string | null {
  const want = numberOf(expr);
  const person = PERSON_PRONOUN.test(expr.trim());
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const s = a.sentences[k], c = s.clause;
    if (!c) continue;
    const h = nounHead(s.tokens, c.subject);
    if (!h) continue;
    if (person && h.pos !== "PROPN") continue;
    if (want && numberOfToken(h) !== want) continue;
    return c.subject.text;
  }
  return null;
}

/**
 * The most frequent person named in the paragraph up to the sentence (else the chapter up to it); for
 * I/we, the book's author. `sole`: only when the paragraph names exactly one person before the sentence.
 */
function topName(a: Analysis, at: number, cls: ExprClass, author: string, sole = false): string | null {
  if (cls === "first-person") return sole ? null : author;
  const para = a.sentences[at].sentence.paragraph;
  const count = (from: number) => {
    const n = new Map<string, number>();
    for (let k = from; k < at; k++) for (const e of a.sentences[k].entities) if (e.kind === "person") n.set(e.text, (n.get(e.text) ?? 0) + 1);
    if (sole && n.size !== 1) return null;
    return [...n].sort((x, y) => y[1] - x[1] || y[0].length - x[0].length)[0]?.[0] ?? null;
  };
  let from = at;
  while (from > 0 && a.sentences[from - 1].sentence.paragraph === para) from--;
  return sole ? count(from) : (count(from) ?? count(0));
}

/** The nearest earlier noun phrase or name with the expression's head word that says more than the expression. */
function fullerMention(a: Analysis, at: number, expr: string): string | null {
  const h = headOf(expr.replace(/^(?:this|that|these|those|such)\s+/i, ""));
  if (!h) return null;
  const short = norm(expr).split(" ").length;
  for (let k = at; k >= 0; k--) {
    const s = a.sentences[k];
    const spans = [...s.entities, ...s.phrases].filter((p) => headOf(p.text) === h && norm(p.text).split(" ").length > short);
    if (k === at) continue;
    if (spans.length) return spans.sort((x, y) => y.text.length - x.text.length)[0].text;
  }
  return null;
}

function houseAnswer(h: Analysis, at: number, expr: string): string | null {
  const p = h.sentences[at]?.pronoun;
  return p && p.resolved && p.text && p.word.toLowerCase() === expr.trim().toLowerCase() ? p.text : null;
}

const rows: Row[] = [];
const notes = { edits: 0, withArrow: 0, parsed: 0, pairs: 0, additions: 0, rejects: 0, rejectsNaming: 0, unlocated: 0 };
const unresolvedByClass = new Map<ExprClass, number>();
const housePronouns: { word: string; resolved: boolean; expr: string }[] = [];

for (const fixture of fixtures) {
  const labels = readLabels(fixture).filter((l) => isStrict(l.rater) && l.reason === "not-standalone");
  if (!labels.length) continue;
  const book = books.books[books.fixtures[fixture].book];
  const chapters = documentOf(fixture).chapters;
  const finders = chapters.map((c) => sentenceFinder(c.sentences.map((s) => s.text)));
  const raw = new Map<number, Analysis>(), house = new Map<number, Analysis>();
  const rawOf = (i: number) => raw.get(i) ?? raw.set(i, analyseChapter(chapters[i], { decontext: false })).get(i)!;
  const houseOf = (i: number) => house.get(i) ?? house.set(i, analyseChapter(chapters[i], fixtureOptions(fixture))).get(i)!;
  for (const l of labels) {
    const parsed = parseFixNote(l.note);
    if (l.label === "reject") {
      notes.rejects++;
      const named = [...parsed.unresolved, ...parsed.pairs.map((p) => p.expr)];
      if (named.length) notes.rejectsNaming++;
      for (const e of named) unresolvedByClass.set(classifyExpression(e), (unresolvedByClass.get(classifyExpression(e)) ?? 0) + 1);
      continue;
    }
    if (l.label !== "edit") continue;
    notes.edits++;
    if (/->|→|=>/.test(l.note ?? "")) notes.withArrow++;
    if (parsed.addition && !parsed.pairs.length) notes.additions++;
    if (!parsed.pairs.length) continue;
    notes.parsed++;
    let ci = -1, at: number | null = null;
    for (let i = 0; i < chapters.length && at === null; i++) { at = finders[i](l.sentence); ci = i; }
    for (const { expr, repl } of parsed.pairs) {
      notes.pairs++;
      const cls = classifyExpression(expr, repl);
      if (at === null) { notes.unlocated++; rows.push({ fixture, label: l.label, expr, repl, cls, source: "unlocated", answers: {}, agree: {} }); continue; }
      const ch = chapters[ci], a = rawOf(ci);
      const before = ch.sentences.slice(0, at + 1).map((s) => s.paragraph);
      const headings = [ch.title, ch.part ?? "", ...ch.paragraphs.filter((p) => p.kind === "heading" && p.start < ch.sentences[at!].start).map((p) => ch.text.slice(p.start, p.end))];
      const source = sourceOf(repl, {
        sentences: ch.sentences.map((s) => s.text), paragraphOf: ch.sentences.map((s) => s.paragraph), at,
        prevSubject: at > 0 ? (a.sentences[at - 1].clause?.subject.text ?? null) : null, headings, author: book.author, title: book.title,
      });
      void before;
      const answers: Partial<Record<Resolver, string | null>> = {
        echo: expr,
        house: houseAnswer(houseOf(ci), at, expr),
        "prev-subject": prevSubject(a, at, expr),
        "top-name": PERSON_PRONOUN.test(expr.trim()) || /^(?:first-person|partial-name)$/.test(cls) ? topName(a, at, cls, book.author) : null,
        "sole-name": PERSON_PRONOUN.test(expr.trim()) ? topName(a, at, cls, book.author, true) : null,
        "fuller-mention": /^(?:definite|demonstrative|partial-name|such)$/.test(cls) ? fullerMention(a, at, expr) : null,
        heading: /^(?:definite|demonstrative)$/.test(cls) ? ch.title || null : null,
      };
      const agree = Object.fromEntries(RESOLVERS.map((r) => [r, agreement(answers[r] ?? null, repl, expr)]));
      const p = houseOf(ci).sentences[at].pronoun;
      if (p) housePronouns.push({ word: p.word, resolved: p.resolved, expr });
      rows.push({ fixture, label: l.label, expr, repl, cls, source, answers, agree });
    }
  }
}

const out = (s = "") => process.stdout.write(s + "\n");
out(`Strict not-standalone labels, ${fixtures.length} train fixtures (carr-ch11.md out): ${notes.edits} edits, ${notes.rejects} rejects.`);
out(`Edits whose note has an arrow: ${notes.withArrow}; parsed into pairs: ${notes.parsed} (${notes.pairs} pairs, ${notes.unlocated} with the sentence not found); add/prefix notes without a pair: ${notes.additions}.`);
const distinct = new Set(rows.map((r) => `${r.fixture}|${norm(r.expr)}|${norm(r.repl)}`)).size;
out(`Distinct (fixture, expression, replacement) pairs: ${distinct} (the same card fixed alike by several raters counts once).`);
out(`House analysis (decontext on) at the fixed sentences: a leading pronoun found at ${housePronouns.length}, resolved at ${housePronouns.filter((p) => p.resolved).length}, the same word as the rater's expression at ${housePronouns.filter((p) => p.word.toLowerCase() === p.expr.trim().toLowerCase()).length}.`);
out(`Rejects naming an unresolved expression: ${notes.rejectsNaming}; by class: ${EXPR_CLASSES.map((c) => `${c} ${unresolvedByClass.get(c) ?? 0}`).join(", ")}.`);
out();
const located = rows.filter((r) => r.source !== "unlocated");
const cell = (n: number, d: number) => (d ? `${n}` : "");
out(`| class | n | ${SOURCES.join(" | ")} |`);
out(`|---|---:|${SOURCES.map(() => "---:").join("|")}|`);
for (const c of EXPR_CLASSES) {
  const rs = located.filter((r) => r.cls === c);
  out(`| ${c} | ${rs.length} | ${SOURCES.map((s) => cell(rs.filter((r) => r.source === s).length, rs.length)).join(" | ")} |`);
}
out(`| all | ${located.length} | ${SOURCES.map((s) => located.filter((r) => r.source === s).length).join(" | ")} |`);
out();
out(`Expansion (the rater kept the expression's head and added to it) or substitution (another referent written in), by class:`);
out();
out(`| class | n | expansion | substitution |`);
out(`|---|---:|---:|---:|`);
for (const c of EXPR_CLASSES) {
  const rs = rows.filter((r) => r.cls === c);
  if (rs.length) out(`| ${c} | ${rs.length} | ${rs.filter((r) => fixKind(r.expr, r.repl) === "expansion").length} | ${rs.filter((r) => fixKind(r.expr, r.repl) === "substitution").length} |`);
}
out();
out(`Resolver agreement with the raters' replacements, of all pairs of the class: exact / head word / adds one of the rater's new words / covers all of them (answered). echo = the expression itself, the floor for the head-word match.`);
out();
out(`| class | n | ${RESOLVERS.join(" | ")} |`);
out(`|---|---:|${RESOLVERS.map(() => "---").join("|")}|`);
for (const c of [...EXPR_CLASSES, "all"] as const) {
  const rs = located.filter((r) => c === "all" || r.cls === c);
  if (!rs.length) continue;
  const fig = (r: Resolver) => {
    const got = rs.map((x) => x.agree[r]).filter((g): g is Agreement => !!g);
    if (!got.length) return "–";
    const n = (k: keyof Agreement) => got.filter((g) => g[k]).length;
    return `${n("exact")} / ${n("head")} / ${n("adds")} / ${n("covers")} (${got.length})`;
  };
  out(`| ${c} | ${rs.length} | ${RESOLVERS.map(fig).join(" | ")} |`);
}
const file = arg("--rows");
if (file) writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
