// Inline clean-up of one paragraph of OCR'd Markdown or plain text: emphasis, HTML tags, links,
// entities and the spaces OCR leaves before punctuation. Footnote markers are turned into
// placeholders (\u0001id\u0002) so their positions survive later joins; see markers.ts.
import { stripPlainBold, writeIndices } from "./plain-markup";
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "—", ndash: "–", hellip: "…", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function stripInlineMarkup(s: string): string {
  return decodeEntities(
    stripPlainBold(writeIndices(s))
      .replace(/!\[[^[\]]*\]\([^()\s]*\)/g, "") // images (bounded classes keep these linear)
      .replace(/\[([^[\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "$1") // links keep their text
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/<\/?(?:i|b|em|strong|u|span|small|font|a|sub|big|mark|cite|q|abbr|div|p)(?:\s[^<>]*)?>/gi, "")
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/~~(?=\S)([^~\n]{1,500}?\S)~~|==(?=\S)([^=\n]{1,500}?\S)==/g, "$1$2") // strikethrough, highlight: the text stays
      .replace(/~([^~\s]{1,12})~/g, "$1") // Pandoc subscript: F~1~
      .replace(/(?<!-)---(?!-)/g, "—") // Pandoc and Gutenberg dashes: "---" em, "--" en between numbers, else em
      .replace(/(?<=\d)--(?=\d)/g, "–")
      .replace(/(?<!<!|-)--(?![->])/g, "—") // (not an HTML comment's "<!--"; after "!" a dash: "pans!--it was")
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
      // (A note marker may follow the closing mark: "_Royal Charter_[1]", as a placeholder by now.)
      .replace(/(^|[\s(“"'[—-])\*(?=\S)([^*]*?\S)\*(?=$|[\s).,;:!?”"'\]—\u0001-])/g, "$1$2")
      .replace(/(^|[\s(“"'[—-])_(?=\S)([^_]*?\S)_(?=$|[\s).,;:!?”"'\]—\u0001-])/g, "$1$2")
      // A unit in italics glued to its figure, "14_l_.", "3_s_. 6_d_." (old money, e-texts): the figure and the unit.
      .replace(/(?<=\d)_(\p{Ll}{1,3})_(?=$|[\s.,;:!?)”"'\]—\u0001-])/gu, "$1")
      // Emphasis on the first part of a word, "_un_ventilated": the word without its marks.
      .replace(/(^|[\s(“"'[—-])_(\p{Ll}{1,12})_(?=\p{Ll})/gu, "$1$2")
      .replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, "$1") // CommonMark escapes (Google Docs writes "1924\\.")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi, ""), // any other HTML tag a converter left behind
  );
}

/** Collapses whitespace and removes the space OCR puts before ; : ! ? and closing punctuation. */
export function tidySpacing(s: string): string {
  return s
    .replace(/[ \t\u00a0\u2000-\u200a\u202f]+/g, " ")
    // An ellipsis printed spaced (". . ."): closed up first, or the next rule glues its stops by twos ("there.. .").
    .replace(/\.(?: \.){2,}/g, (dots) => dots.replace(/ /g, ""))
    .replace(/ ([;:!?,.)\]”’](?:\s|$|[\u0001"”’)]))/g, "$1")
    .replace(/ ([;:!?,])(?=\S)/g, "$1")
    .replace(/ ([)\]])(?=[.,;:!?])/g, "$1") // MinerU spaces math from its brackets: "(12 mm )."
    .replace(/([(\[“‘]) /g, "$1")
    .trim();
}
