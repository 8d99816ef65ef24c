// The NLP toolkit: wink-nlp with wink-eng-lite-web-model, loaded once from node_modules (no
// download, deterministic, CPU only). Tokens come back with offsets into the text, which wink
// reproduces losslessly (every character is either a token or a token's preceding spaces).
import winkNLP, { type ItemEntity, type ItemToken } from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type RawToken = { text: string; pos: string; lemma: string; stop: boolean; start: number; end: number };
export type RawEntity = { type: string; start: number; end: number };

let nlp: ReturnType<typeof winkNLP> | null = null;

function load() {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Tokens (with offsets into `text`) and wink's own entities (DATE, CARDINAL, …) as character ranges. */
export function tokenize(text: string): { tokens: RawToken[]; entities: RawEntity[] } {
  const w = load();
  const its = w.its;
  const doc = w.readDoc(text);
  const tokens: RawToken[] = [];
  const ranges: [number, number][] = []; // by wink's token index, SPACE tokens included
  let offset = 0;
  doc.tokens().each((t: ItemToken) => {
    offset += (t.out(its.precedingSpaces) as string).length;
    const value = t.out() as string;
    const pos = t.out(its.pos) as string;
    ranges.push([offset, offset + value.length]);
    if (pos !== "SPACE") {
      tokens.push({ text: value, pos, lemma: t.out(its.lemma as unknown as typeof its.value) as string, stop: Boolean(t.out(its.stopWordFlag)), start: offset, end: offset + value.length });
    }
    offset += value.length;
  });
  const entities: RawEntity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    entities.push({ type: e.out(its.type) as string, start: ranges[a][0], end: ranges[b][1] });
  });
  return { tokens, entities };
}
