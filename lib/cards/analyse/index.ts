// Chapter analysis: one pass of the NLP toolkit over the chapter text, tokens split into the
// chapter's sentences, entities typed with chapter-wide evidence, leading pronouns resolved,
// defined terms, word counts, sections and sentence centrality. Cached per chapter object.
import { CAPITALISED_INITIAL } from "@/lib/cards/letters";
import type { CleanChapter, Sentence } from "@/lib/chapters/types";
import type { AnalysedSentence, Analysis, Entity, Token } from "./types";
import { freshTokenizer, tokenize, type RawEntity, type RawToken } from "./toolkit";
import { dateAndNumberSpans, kindOf, nameSpans, vote, type Votes } from "./entities";
import { clauseOf, nounPhrases } from "./clause";
import { repairArchaic } from "./archaic";
import { antecedent, definiteFor, leadingPronoun, substitute } from "./coref";
import { subjectAntecedent } from "./subject-antecedent";
import { chapterTopicNouns, introducedHeads } from "./topic-nouns";
import { centrality, sectionsOf } from "./sections";
import { sectionDefinitions } from "./section-terms";
import { decontextualise, fullNameTable, printedEntities, roleTable, shiftForDeletions, wroteIn } from "../decontext";
import { REFERENT_ON } from "../decontext/referent";
import { DEFINITE_RULES } from "../decontext/definite";
import { narratorFor, sentenceQuoting } from "../narrator";
import { SUBJECT_NAMING_ON, subjectPlan } from "../subject";

export type { AnalysedSentence, Analysis, Entity, EntityKind, Span, Token } from "./types";

const cache = new WeakMap<CleanChapter, Analysis>();
const rawCache = new WeakMap<CleanChapter, Analysis>();
// Analyses with a narrator named (../narrator), by the name written: the same chapter may be read with and without one.
const narratedCache = new WeakMap<CleanChapter, Map<string, Analysis>>();
export type AnalyseOptions = {
  /** Repair context-dependent sentences (default true); false for audits of the unrepaired text. */ decontext?: boolean;
  /** The book's author (GenerateOptions.author): names a first-person narrator when ../narrator's switch is on and the chapter is one. */ author?: string;
  /** Name a biography's subject for a lone "he"/"she" (../subject); default its switch. An analysis read against the switch is not cached. */ subject?: boolean;
};
const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ", "NUM"]);

// The lite model tags some capitalised names as verbs or adverbs ("Vance/VERB built"): a
// capitalised word inside a sentence, or first before a verb, is read as a proper noun.
function repairPos(tokens: Token[]): Token[] {
  tokens.forEach((t, i) => {
    if (!CAPITALISED_INITIAL.test(t.text) || t.pos === "PROPN" || t.lower === "i") return;
    const prev = tokens[i - 1];
    const inside = i > 0 && prev && !/^[.!?:;"“‘(—–-]$/.test(prev.text);
    const firstBeforeVerb = i === 0 && (t.pos === "VERB" || t.pos === "NOUN") && /^(?:VERB|AUX)$/.test(tokens[1]?.pos ?? "");
    if ((inside && t.pos !== "PRON" && t.pos !== "DET") || firstBeforeVerb) { t.pos = "PROPN"; t.lemma = t.lower; }
  });
  return tokens;
}

function toTokens(raw: RawToken[], base: number): Token[] {
  return repairPos(repairArchaic(raw.map((t) => ({ text: t.text, lower: t.text.toLowerCase(), lemma: t.lemma.toLowerCase(), pos: t.pos, start: t.start - base, end: t.end - base, stop: t.stop }))));
}

type Parsed = Omit<AnalysedSentence, "section" | "pronoun"> & { names: ReturnType<typeof nameSpans>; dated: Entity[]; raw: RawEntity[] };

function parse(sentence: Sentence, text: string, tokens: Token[], raw: RawEntity[]): Parsed {
  const dated = dateAndNumberSpans(tokens, raw, text);
  const names = nameSpans(tokens, dated, text);
  return { sentence, text, tokens, entities: [], phrases: nounPhrases(tokens, text), clause: clauseOf(tokens, text, dated.filter((d) => d.kind === "date")), names, dated, raw };
}

function typed(p: Parsed, votes: Votes): Entity[] {
  return [...p.dated, ...p.names.map((n) => ({ ...n, kind: kindOf(votes, n) }))].sort((x, y) => x.a - y.a);
}

function defines(s: AnalysedSentence): string[] {
  const out: string[] = [];
  const c = s.clause;
  if (c && !c.opening && s.tokens[c.verb].lemma === "be" && /^(?:a|an)$/.test(s.tokens[c.verb + 1]?.lower ?? "") && c.subject.b - c.subject.a <= 4) {
    out.push(c.subject.text.replace(/^(?:the|a|an)\s+/i, "").toLowerCase());
  }
  s.tokens.forEach((t, i) => {
    if ((/^(?:called|termed|named)$/.test(t.lower) || (t.lower === "as" && s.tokens[i - 1]?.lower === "known")) && s.tokens[i + 1]) {
      const np = s.phrases.find((p) => p.a === i + 1 || (p.a === i + 2 && s.tokens[i + 1].lower === "the"));
      if (np) out.push(np.text.replace(/^(?:the|a|an)\s+/i, "").toLowerCase());
    }
  });
  return out;
}

export function analyseChapter(chapter: CleanChapter, opts: AnalyseOptions = {}): Analysis {
  const repair = opts.decontext !== false;
  const narrator = repair ? narratorFor(chapter, opts.author) : null;
  const naming = repair && (opts.subject ?? SUBJECT_NAMING_ON);
  const cacheable = naming === (repair && SUBJECT_NAMING_ON);
  const hit = !cacheable ? undefined : narrator ? narratedCache.get(chapter)?.get(narrator.full) : (repair ? cache : rawCache).get(chapter);
  if (hit) return hit;
  let t0 = performance.now();
  freshTokenizer();
  const doc = tokenize(chapter.text);
  let toolkitMs = performance.now() - t0;

  const votes: Votes = new Map();
  const parsed: Parsed[] = [];
  let k = 0, e = 0;
  for (const s of chapter.sentences) {
    while (k < doc.tokens.length && doc.tokens[k].start < s.start) k++;
    const raw: RawToken[] = [];
    while (k < doc.tokens.length && doc.tokens[k].end <= s.end) raw.push(doc.tokens[k++]);
    while (e < doc.entities.length && doc.entities[e].start < s.start) e++;
    const ents: RawEntity[] = [];
    for (let j = e; j < doc.entities.length && doc.entities[j].start < s.end; j++) if (doc.entities[j].end <= s.end) ents.push({ ...doc.entities[j], start: doc.entities[j].start - s.start, end: doc.entities[j].end - s.start });
    const p = parse(s, s.text, toTokens(raw, s.start), ents);
    for (const n of p.names) vote(votes, p.tokens, n);
    parsed.push(p);
  }

  const sentences: AnalysedSentence[] = [];
  const wordCounts = new Map<string, number>();
  if (repair) for (const p of parsed) for (const t of p.tokens) wordCounts.set(t.lower, (wordCounts.get(t.lower) ?? 0) + 1);
  const fullNames = repair ? fullNameTable(parsed.map((p) => ({ tokens: p.tokens, entities: typed(p, votes) })), wordCounts) : new Map<string, string>();
  // The role table serves only the referent op: while it ships off, the table is not built.
  const roles = repair && REFERENT_ON ? roleTable(parsed.map((p) => ({ ...p, entities: typed(p, votes) }))) : undefined;
  const seenNames = new Set<string>(), seenNouns = new Set<string>(), introducedNouns = new Set<string>();
  // (Read only by switches that ship off: computed only when one is on.)
  const topicNouns = repair && DEFINITE_RULES.topic ? chapterTopicNouns(chapter.title, parsed.map((p) => p.tokens)) : undefined;
  const quoting = narrator ? sentenceQuoting(chapter) : [];
  // The subject's plan reads the source's names and first clauses, before any repair.
  const plan = naming ? subjectPlan(chapter, parsed.map((p) => ({ tokens: p.tokens, entities: typed(p, votes), clause: p.clause }))) : null;
  const subjectHere = plan?.here ?? [];
  parsed.forEach((p, i) => {
    let cur: AnalysedSentence = { ...p, entities: typed(p, votes), pronoun: null, section: 0 };
    let curRaw = p.raw;
    const lead = leadingPronoun(cur);
    if (lead) {
      const prev = sentences.slice(Math.max(0, i - 3), i).filter((x) => x.sentence.paragraph === p.sentence.paragraph || x.sentence.id === i - 1);
      const definite = definiteFor(prev, cur, lead);
      const named = definite ? null : antecedent(prev, lead);
      const bySubject = definite || named ? null : subjectAntecedent(prev, cur, lead);
      const ante = definite ? { text: definite, from: prev[prev.length - 1].sentence.id } : named ?? bySubject;
      if (ante) {
        const text = substitute(cur.text, cur.tokens, lead, ante.text);
        t0 = performance.now();
        const again = tokenize(text);
        toolkitMs += performance.now() - t0;
        const q = parse(p.sentence, text, toTokens(again.tokens, 0), again.entities);
        cur = { ...q, entities: typed(q, votes), pronoun: { word: lead.word, resolved: true, from: ante.from, text: ante.text, ...(bySubject ? { via: "subject" as const } : {}) }, section: 0 };
        curRaw = q.raw;
      } else {
        cur.pronoun = { word: lead.word, resolved: false, from: null };
      }
    }
    if (repair) {
      const prev = sentences.slice(Math.max(0, i - 3), i).filter((x) => x.sentence.paragraph === p.sentence.paragraph || x.sentence.id === i - 1);
      const recent = sentences.slice(Math.max(0, i - 8), i);
      const named = narrator && quoting[i]?.narration ? { narrator: { name: narrator, startsQuoted: quoting[i].startsQuoted } } : {};
      const subject = subjectHere[i] ? { subject: subjectHere[i]! } : {};
      const r = decontextualise(cur, { prev, paragraph: p.sentence.paragraph, recent, fullNames, seenNames, seenNouns, introducedNouns, topicNouns, roles, ...named, ...subject });
      // The leading pronoun the coreference left is resolved when the subject op named it.
      const lead = cur.pronoun && !cur.pronoun.resolved ? leadingPronoun(cur) : null;
      if (lead && r.context.edits.some((e) => e.op === "subject" && e.start === cur.tokens[lead.index].start)) cur.pronoun = { word: cur.pronoun!.word, resolved: true, from: subjectHere[i]!.from, text: subjectHere[i]!.name, via: "chapter-subject" };
      if (r.text) {
        // Deletions shift the tokens already read; only inserted words need the toolkit again.
        let moved = shiftForDeletions(cur.tokens, curRaw, r.context.edits, r.text);
        if (!moved) {
          t0 = performance.now();
          const again = tokenize(r.text);
          toolkitMs += performance.now() - t0;
          moved = { tokens: toTokens(again.tokens, 0), raw: again.entities };
        }
        const q = parse(p.sentence, r.text, moved.tokens, moved.raw);
        cur = { ...q, entities: typed(q, votes), pronoun: cur.pronoun, section: 0 };
      }
      cur.context = r.context;
      for (const x of cur.entities) if (x.kind === "person") seenNames.add(x.text.toLowerCase());
      for (const t of cur.tokens) if (t.pos === "NOUN") seenNouns.add(t.lower);
      if (DEFINITE_RULES.introduced) for (const n of introducedHeads(cur.tokens)) introducedNouns.add(n);
    }
    sentences.push(cur);
  });

  const lemmaCounts = new Map<string, number>();
  const entityCounts = new Map<string, number>();
  const defined = new Set<string>();
  const bags: Set<string>[] = [];
  const firstSeen = new Map<string, number>();
  const seen = (k: string, id: number) => { if (!firstSeen.has(k)) firstSeen.set(k, id); };
  for (const s of sentences) {
    for (const t of s.tokens) seen(t.lemma, s.sentence.id);
    for (const x of s.entities) seen(x.text.toLowerCase(), s.sentence.id);
    const bag = new Set<string>(), inserted = wroteIn(s);
    for (const t of s.tokens) {
      if (!CONTENT.has(t.pos) || t.stop || t.lemma.length < 2 || inserted(t)) continue;
      lemmaCounts.set(t.lemma, (lemmaCounts.get(t.lemma) ?? 0) + 1);
      if (t.pos !== "VERB") bag.add(t.lemma);
    }
    bags.push(bag);
    for (const x of printedEntities(s)) entityCounts.set(x.text.toLowerCase(), (entityCounts.get(x.text.toLowerCase()) ?? 0) + 1);
    for (const d of defines(s)) defined.add(d);
  }
  const sections = sectionsOf(chapter);
  sections.forEach((sec, n) => { for (const id of sec.sentences) sentences[id].section = n; });
  for (const d of sectionDefinitions(sentences, sections)) defined.add(d);
  let topEntityCount = 0;
  for (const s of sentences) for (const x of s.entities) if (x.kind !== "date" && x.kind !== "number") topEntityCount = Math.max(topEntityCount, entityCounts.get(x.text.toLowerCase()) ?? 0);
  const analysis: Analysis = { chapter, sentences, lemmaCounts, entityCounts, firstSeen, topEntityCount, defined, centrality: centrality(bags, sections, sentences.length), sections, toolkitMs, ...(plan ? { subject: plan.decision } : {}) };
  if (!cacheable) return analysis;
  if (narrator) {
    if (!narratedCache.has(chapter)) narratedCache.set(chapter, new Map());
    narratedCache.get(chapter)!.set(narrator.full, analysis);
  } else (repair ? cache : rawCache).set(chapter, analysis);
  return analysis;
}
