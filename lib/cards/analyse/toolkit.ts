// The NLP toolkit: wink-nlp with wink-eng-lite-web-model, loaded once from node_modules (no
// download, deterministic, CPU only). Tokens come back with offsets into the text, which wink
// reproduces losslessly (every character is either a token or a token's preceding spaces).
import winkNLP, { type ItemEntity } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type RawToken = { text: string; pos: string; lemma: string; stop: boolean; start: number; end: number };
export type RawEntity = { type: string; start: number; end: number };

let nlp: ReturnType<typeof winkNLP> | null = null;
// A second instance for the questions the gates re-read: tokens learned from them never reach the
// chapter's own instance, and both start fresh with each chapter.
let questionNlp: ReturnType<typeof winkNLP> | null = null;

// Each chapter gets an instance of its own. wink adds every unseen token to its instance's lexicon,
// and a learned token that holds a split point ("man's", learned from "the practical man's,") is
// then kept whole wherever it appears later: with one instance per process, the same chapter came
// out with different cards depending on what the process had read before (another user's chapter).
// Building an instance from the package costs 60-85 ms and wink-eng-lite-web-model re-stringifies
// its entity model on every build (`metaCER`) until the string overflows, so the model's parts are
// built once and shared, and only the growable feature tables are copied: the lists are copied, the
// hashes are fresh objects over the pristine ones (a lookup falls through; a new token lands on the
// copy). A build then costs about 4 ms and reads exactly as a fresh instance does
// (tests/unit/cards/pipeline/toolkit-isolation.test.ts).
type Feature = { list?: unknown[]; hash?: object; [k: string]: unknown };
type Core = { features: Record<string, Feature>; [k: string]: unknown };
type WinkModel = { core: () => Core; [k: string]: unknown };
let parts: WinkModel | null = null;

function modelParts(): WinkModel {
  if (parts) return parts;
  const m = model as unknown as WinkModel;
  const pristine = m.core();
  const shared: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    if (typeof v !== "function" || k === "core" || k === "featureFn") continue;
    let built: unknown;
    shared[k] = () => (built ??= (v as () => unknown)());
  }
  const core = (): Core => {
    const features: Record<string, Feature> = {};
    for (const [k, f] of Object.entries(pristine.features)) {
      features[k] = f && typeof f === "object" && Array.isArray(f.list) ? { ...f, list: [...f.list], hash: f.hash ? Object.create(f.hash) : f.hash } : f;
    }
    return { ...pristine, features };
  };
  parts = { ...m, ...shared, core } as WinkModel;
  return parts;
}

// Most of a build (about three quarters) is wink parsing the JSON of its automata (sentence
// boundaries, entities, negation, sentiment, tags) afresh for each instance. Those tables are only
// read once built (wink writes them only when learning custom entities, which this toolkit never
// does), so each one is parsed once per process and every instance reads the same tables; the
// growable lexicon stays per instance.
const AUTOMATA = ["sbd", "ner", "negation", "sa", "pos"];
let machineTexts: Set<string> | null = null;
const parsedMachines = new Map<string, unknown>();

function build(): ReturnType<typeof winkNLP> {
  const m = modelParts();
  machineTexts ??= new Set(AUTOMATA.flatMap((k) => ((m[k] as () => { machines: unknown[] })().machines).filter((x): x is string => typeof x === "string")));
  const parse = JSON.parse;
  JSON.parse = (text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    if (reviver || !machineTexts!.has(text)) return parse(text, reviver);
    let hit = parsedMachines.get(text);
    if (hit === undefined) parsedMachines.set(text, (hit = parse(text)));
    return hit;
  };
  try {
    return winkNLP(m as unknown as Parameters<typeof winkNLP>[0]);
  } finally {
    JSON.parse = parse;
  }
}

function load() {
  nlp ??= build();
  return nlp;
}

/** A fresh tokenizer for the next chapter: nothing learned from earlier text carries over. */
export function freshTokenizer() {
  nlp = null;
  questionNlp = null;
}

/**
 * Tokens (with offsets into `text`) and wink's own entities (DATE, CARDINAL, …) as character ranges.
 * `apart`: read with the question instance, not the chapter's.
 */
export function tokenize(text: string, apart = false): { tokens: RawToken[]; entities: RawEntity[] } {
  const w = apart ? (questionNlp ??= build()) : load();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens: RawToken[] = [];
  const ranges: [number, number][] = []; // by wink's token index, SPACE tokens included
  let offset = 0;
  // Each property read for all tokens at once (the same mapping wink applies token by token,
  // without an item object and a call chain per token and property).
  const all = doc.tokens();
  const values = all.out() as string[], spaces = all.out(its.precedingSpaces) as string[], tags = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[], stops = all.out(its.stopWordFlag) as unknown as boolean[];
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const value = values[i];
    const pos = tags[i];
    ranges.push([offset, offset + value.length]);
    // wink gives no lemma for a contraction it leaves whole ("cannot," before a comma is one AUX
    // token with lemma undefined); the lower-cased word stands in, so no token lacks one.
    if (pos !== "SPACE") tokens.push({ text: value, pos, lemma: lemmas[i] ?? value.toLowerCase(), stop: Boolean(stops[i]), start: offset, end: offset + value.length });
    offset += value.length;
  }
  const entities: RawEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type) as string, start: ranges[a][0], end: ranges[b][1] });
  });
  return { tokens, entities };
}
