// How far should the plain floor go? (session 18, floor18). The plain floor (lib/cards/floor/plain.ts)
// drops shown cards whose p(reject) (lib/cards/floor/model.ts, fitted by scripts/fit-floor.ts) is
// ≥ 0.65. This script measures the trade-off honestly: LEAVE-ONE-BLIND-SET-OUT (the sets of sessions
// 13-17, scripts/lib/blind-sets.ts): every book of set S is scored by a floor fitted, with the
// shipped features and λ, on the training books outside S (scripts/lib/floor-data.ts, the fitter
// fit-floor.ts uses). The check set named in docs/card-generator.md "Session 18: … (floor18)" is left
// out of every fit and every figure. For each rule it prints the shown cards kept, accept / edit /
// reject among the kept labelled ones (strict-first chain), what the floor removes per blind-set rater,
// must-know recall at 40, pooled and per set; and per set the AUC of p(reject), reject vs usable.
//
// Rules: floor(t, k): drop the shown cards with p ≥ t, but a chapter keeps at least min(k, shown)
// cards (its lowest p), and is never emptied (applyFloor "all", as shipped). t ∈ 0.30 … 0.65, k ∈ {0, 5, 10}.
//
// CRITERION (written and committed before any figure of this script was seen): among the rules, choose
// the one that maximises the pooled value of the kept labelled shown cards (accepted − rejected, summed
// over the blind sets' chapters; an edit is neutral), subject to (a) pooled recall at 40 at least the
// shipped rule's (t = 0.65, k = 0) minus 2 points, and (b) no blind set's recall more than 5 points
// under its recall with the shipped rule. Ties go to the higher t (fewer cards dropped), then the
// smaller k. If no rule beats the shipped one's value, the shipped rule stays and nothing is registered.
//   npx tsx scripts/floor-curve.ts            (a few minutes)
//   --lambda 2                                 L2 strength (the shipped fit's)
//   --json /tmp/curve.json                     also write every figure as JSON
//   --shipped                                  score with the shipped weights instead of the per-set refits (the
//                                              shipped floor was fitted on the 44 books before set 13, so on
//                                              these sets it is out of sample too; the "as deployed" lines use it whatever this switch)
import { writeFileSync } from "node:fs";
import { auc } from "@/lib/cards/rank/fit";
import { applyFloor, FLOOR_WEIGHTS, rejectProbability } from "@/lib/cards/floor";
import type { Verdict } from "@/lib/cards/rank/training";
import { asFloorWeights, fitFloor, loadFloorChapters, perChapter, type FloorChap, type FloorRow } from "./lib/floor-data";
import { blindSets } from "./lib/blind-sets";
import { loadBooks } from "./lib/cards-eval";
import { arg } from "./lib/args";
import { addChapter, admissible as withinRecall, aer, emptyKept, labelled as lab, pct, recall, value, type KeptTally } from "./lib/floor-rule";

/** This branch's check set (docs/card-generator.md, floor18): never read, fitted on or measured here. */
const FLOOR18_CHECK = ["mahan-sea-power", "nightingale-nursing", "dewey-democracy-education", "perry-political-economy", "fabre-spider"];

const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
const lambda = Number(arg("--lambda") ?? 2);
const extras = FLOOR_WEIGHTS.features;
const books = loadBooks();
const sets = blindSets(books);
const chapters = loadFloorChapters((fx) => !FLOOR18_CHECK.includes(books.fixtures[fx].book));
const ratersOf = (ids: string[]) => [...new Set(ids.flatMap((b) => /session \d+ \(([^)]*)\)/.exec((books.books[b] as { rotated?: string }).rotated ?? "")?.[1].split(/,\s*/) ?? []))];
console.log(`${chapters.length} train chapters (check set left out); blind sets ${[...sets].map(([k, v]) => `${k}: ${v.join(", ")}`).join("; ")}; floor features: ranker + ${extras.join(", ") || "none"}, λ=${lambda} (${secs()})`);

/** `p`: the set's left-out refit's p(reject); `ps`: the shipped weights' (the plain floor's, out of sample on these sets too). */
type Scored = FloorRow & { p: number; ps: number };
type SetFold = { set: string; raters: string[]; chapters: { fixture: string; gold: number; parts: number[]; shown: Scored[] }[] };
const folds: SetFold[] = [...sets].map(([set, ids]) => {
  const w = process.argv.includes("--shipped") ? FLOOR_WEIGHTS : asFloorWeights(fitFloor(chapters.filter((c) => !ids.includes(c.book)), extras, lambda), extras);
  const mine: FloorChap[] = chapters.filter((c) => ids.includes(c.book));
  return { set, raters: ratersOf(ids), chapters: mine.map((c) => ({ fixture: c.fixture, gold: c.gold, parts: c.parts, shown: c.shown.map((r) => ({ ...r, p: rejectProbability(r.v, w), ps: rejectProbability(r.v, FLOOR_WEIGHTS) })) })) };
});
console.log(`fitted ${folds.length} leave-one-set-out floors (${secs()})\n`);

type Rule = { t: number; k: number };
const shipped: Rule = { t: 0.65, k: 0 };
/** The kept cards of one fixture under a rule (in their order): the rule applied to each chapter of its document on its own, as the pipeline does. */
const keep = (c: { parts: number[]; shown: Scored[] }, rule: Rule & { chain?: boolean; arm?: boolean }): Scored[] => perChapter(c.parts, c.shown, (s) => keepIn(s, rule));
/** The kept cards of one chapter under a rule (in their order). */
function keepIn(shown: Scored[], { t, k, chain, arm }: Rule & { chain?: boolean; arm?: boolean }): Scored[] {
  // The arm exactly as deployed (lib/cards/floor/deep.ts, pipeline.ts): the plain floor, then the deeper
  // cut, both on the shipped weights' p (review finding 3: the deeper cut once used the refit's p here).
  if (arm) return applyFloor(applyFloor(shown, (r) => r.ps, shipped.t, "all"), (r) => r.ps, t, "all");
  if (chain) return applyFloor(keepIn(shown, shipped), (r) => r.p, t, "all");
  const kept = applyFloor(shown, (r) => r.p, t, "all");
  if (kept.length >= Math.min(k, shown.length)) return kept;
  const floor = new Set([...shown].sort((x, y) => x.p - y.p).slice(0, k));
  return shown.filter((r) => floor.has(r));
}
/**
 * The refit variant of the arm: the deeper cut applied to the shipped rule's list, so it only ever
 * removes cards from it, but scored with the set's refit p (deep.ts cuts on the shipped weights: see
 * "as deployed" below).
 */
const chained = (r: Rule): Rule & { chain: true } => ({ ...r, chain: true });
/** `removed`: per blind-set rater, their labels of the cards the shipped rule keeps and this rule drops (what a blind arm would show raters). */
type Tally = KeptTally & { removed: Record<string, Record<Verdict, number>>; removedUnlabelled: number };
function tally(fs: SetFold[], rule: Rule): Tally {
  const t: Tally = { ...emptyKept(), removed: {}, removedUnlabelled: 0 };
  for (const f of fs) for (const c of f.chapters) {
    const k = keep(c, rule), ks = new Set(k), ref = (rule as { arm?: boolean }).arm ? perChapter(c.parts, c.shown, (s) => applyFloor(s, (r) => r.ps, shipped.t, "all")) : keep(c, shipped);
    addChapter(t, c.shown.length, c.gold, k);
    for (const r of ref) if (!ks.has(r)) for (const rater of f.raters) {
      const v = r.byRater[rater];
      if (!v && rater === f.raters[0]) t.removedUnlabelled++;
      const m = (t.removed[rater] ??= { accept: 0, edit: 0, reject: 0 });
      if (v) m[v]++;
    }
  }
  return t;
}
const removedLine = (t: Tally) => `${Object.entries(t.removed).map(([r, m]) => `${r} ${m.accept}/${m.edit}/${m.reject}`).join(", ") || "none"}${t.removedUnlabelled ? ` (+${t.removedUnlabelled} not labelled by ${"the set's first rater"})` : ""}`;

const ts = Array.from({ length: 8 }, (_, i) => Math.round((0.3 + 0.05 * i) * 100) / 100);
const rules: Rule[] = [{ t: 1, k: 0 }, ...[0, 5, 10].flatMap((k) => ts.map((t) => ({ t, k })))];
const name = (r: Rule) => (r.t >= 1 ? "no floor" : `p ≥ ${r.t.toFixed(2)}${r.k ? `, keep ≥ ${r.k}` : ""}`);

console.log(`Per blind set: AUC of p(reject), reject vs accept-or-edit, over its shown labelled cards (floor fitted without the set):`);
for (const f of folds) {
  const l = f.chapters.flatMap((c) => c.shown).filter((r) => r.verdict);
  console.log(`- ${f.set} (${f.chapters.length} chapters, ${l.length} labelled shown, ${l.filter((r) => r.verdict === "reject").length} rejects): AUC ${auc(l.map((r) => r.p), l.map((r) => r.verdict === "reject")).toFixed(3)}`);
}
const all = folds.flatMap((f) => f.chapters.flatMap((c) => c.shown)).filter((r) => r.verdict);
console.log(`- pooled: AUC ${auc(all.map((r) => r.p), all.map((r) => r.verdict === "reject")).toFixed(3)} (${all.length} labelled shown cards)\n`);

console.log(`Pooled over the ${folds.length} blind sets (kept shown cards; a/e/r among the kept labelled, strict-first chain; value = accepted − rejected; recall: must-know facts at 40 of kept cards not rejected; removed: per blind-set rater a/e/r, cards the shipped p ≥ 0.65 keeps and the rule drops):`);
console.log(`| rule | kept of shown | labelled (unlabelled) | accept / edit / reject % | value | recall % | removed beyond shipped, per rater a/e/r |\n| --- | --- | --- | --- | --- | --- | --- |`);
const pooled = new Map(rules.map((r) => [r, tally(folds, r)]));
for (const [r, t] of pooled) console.log(`| ${name(r)} | ${t.kept} of ${t.shown} | ${lab(t)} (${t.un}) | ${aer(t)} | ${value(t)} | ${pct(recall(t))} | ${removedLine(t)} |`);

console.log(`\nPer blind set (kept, a/e/r %, value, recall %):`);
for (const f of folds) {
  console.log(`\n${f.set} (${f.raters.join(", ")}):\n| rule | kept | a/e/r % | value | recall % | removed beyond shipped, per rater a/e/r |\n| --- | --- | --- | --- | --- | --- |`);
  for (const r of rules.filter((x) => x.k === 0)) { const t = tally([f], r); console.log(`| ${name(r)} | ${t.kept} of ${t.shown} | ${aer(t)} | ${value(t)} | ${pct(recall(t))} | ${removedLine(t)} |`); }
}

// The criterion (header): max pooled value with pooled recall ≥ shipped − 2 points and no set's recall > 5 points under shipped.
const base = pooled.get(rules.find((r) => r.t === shipped.t && r.k === shipped.k)!)!;
const setBase = new Map(folds.map((f) => [f.set, recall(tally([f], shipped))]));
const admissible = rules.filter((r) => r.t < 1).filter((r) => withinRecall(pooled.get(r)!, base, folds.map((f) => ({ tally: tally([f], r), base: setBase.get(f.set)! }))));
const chosen = admissible.sort((x, y) => value(pooled.get(y)!) - value(pooled.get(x)!) || y.t - x.t || x.k - y.k)[0];
const ct = pooled.get(chosen)!;
console.log(`\nshipped rule (${name(shipped)}): value ${value(base)}, recall ${pct(recall(base))} %, a/e/r ${aer(base)}`);
console.log(`chosen by the criterion: ${name(chosen)}: value ${value(ct)}, recall ${pct(recall(ct))} %, a/e/r ${aer(ct)}, kept ${ct.kept} of ${ct.shown}${value(ct) > value(base) ? "" : " (no gain over the shipped rule: nothing to register)"}`);
console.log(`per set, shipped → chosen (value; recall; removed per rater a/e/r beyond the shipped rule's removals are in the tables above):`);
for (const f of folds) { const b = tally([f], shipped), c = tally([f], chosen); console.log(`- ${f.set}: value ${value(b)} → ${value(c)}; recall ${pct(recall(b))} → ${pct(recall(c))}; kept ${b.kept} → ${c.kept}`); }
{
  const c = tally(folds, chained(chosen));
  console.log(`\nthe chosen rule, refit variant (on the shipped floor's list, never keeping a card that floor drops; deeper cut on the set's refit p): kept ${c.kept} of ${c.shown}, a/e/r ${aer(c)}, value ${value(c)}, recall ${pct(recall(c))} %, removed beyond shipped ${removedLine(c)}`);
  for (const f of folds) { const x = tally([f], chained(chosen)); console.log(`- ${f.set}: value ${value(x)}; recall ${pct(recall(x))}; kept ${x.kept}; removed ${removedLine(x)}`); }
}
{
  // As deployed (lib/cards/floor/deep.ts): plain floor and deeper cut, both on the shipped weights.
  const ref = { ...shipped, arm: true, t: 1 } as Rule, arm = { ...chosen, arm: true } as Rule;
  const r0 = tally(folds, ref), r1 = tally(folds, arm);
  console.log(`\nas deployed (plain floor p ≥ 0.65 on the shipped weights, then p ≥ ${chosen.t} on the shipped weights too): plain floor alone kept ${r0.kept}, a/e/r ${aer(r0)}, value ${value(r0)}, recall ${pct(recall(r0))} % → with the arm kept ${r1.kept}, a/e/r ${aer(r1)}, value ${value(r1)}, recall ${pct(recall(r1))} %; removed ${removedLine(r1)}`);
  for (const f of folds) { const a = tally([f], ref), b = tally([f], arm); console.log(`- ${f.set}: value ${value(a)} → ${value(b)}; recall ${pct(recall(a))} → ${pct(recall(b))}; kept ${a.kept} → ${b.kept}; removed ${removedLine(b)}`); }
}
console.log(`(${secs()})`);

const json = arg("--json");
if (json) writeFileSync(json, JSON.stringify({ lambda, extras, chosen, rules: rules.map((r) => ({ rule: r, pooled: pooled.get(r), sets: Object.fromEntries(folds.map((f) => [f.set, tally([f], r)])) })) }, null, 1));
