// Named laws, principles and theories and what they state: "What does Varga's law state?" → the
// statement. Textbooks name a law in one place and state it in another, so three shapes are read:
//   (a) the statement, then "This rule is known as / called <name>" in a later sentence of its paragraph;
//   (b) "<Person> stated / found that <statement>", then "<Person>'s … law" within the next sentences;
//   (c) a section (run-in heading) titled by the law, whose first sentence "shows that <statement>";
// and, in one sentence, "<name> states / holds that <statement>" or "According to <name>, <statement>".
// Only a statement given as a "that"-clause is taken: it is the law's content, not a remark on it.
import type { Analysis } from "../analyse";
import type { Candidate } from "./types";
import { cap } from "./phrase";

// A law's name: "Varga's law", "Varga's inverse square law", "the Law of Tides", "Varga's Theory of Drift".
// (No "i" flag below: with it, \\p{Lu} matches lower-case letters too; the kind words carry their own case.)
const KIND = "(?:[Ll]aws?|[Pp]rinciple|[Rr]ule|[Tt]heory|[Tt]heorem|[Hh]ypothesis)";
// (The words between the name and the kind are no verb: "Varga's is called the Theory …" is no name.)
const NOT_VERB = "(?!(?:is|was|are|were|has|had|called|known|named)\\s)";
const NAMED = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+)['’]s\\s+((?:${NOT_VERB}[\\p{Ll}-]+\\s+){0,3}${KIND}(?:\\s+of\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+)?)\\b`, "u");
const KNOWN_AS = new RegExp(`^(?:This|That|The)\\s+(rule|law|principle|relation|result|view|theory|generalisation|generalization)(?:\\s+of\\s+(\\p{Lu}[\\p{L}-]+)['’]s)?,?\\s+(?:is|was|has\\s+been)\\s+(?:known\\s+as|called|named)\\s+((?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?${KIND}(?:\\s+of\\s+\\p{L}+)?)\\b`, "u");
// Where a statement is reported: "found that", "stated that", "the line of thought, that".
const REPORTED = /\b(?:found|stated|states|show|showed|shows|proved|proves|discovered|observed|established|asserted|held|maintained|(?:line of thought|view|idea|doctrine),)\s+that,?\s+/i;
const STATES = new RegExp(`\\b((?:\\p{Lu}[\\p{L}-]+['’]s\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}${KIND}(?:\\s+of\\s+(?:\\p{L}+\\s+){0,2}\\p{L}+)?)\\s+(?:states|holds|asserts|says|declares)\\s+that,?\\s+`, "u");
const ACCORDING = new RegExp(`^According\\s+to\\s+((?:\\p{Lu}[\\p{L}-]+['’]s\\s+)(?:[\\p{Ll}-]+\\s+){0,3}${KIND}|the\\s+${KIND}\\s+of\\s+\\p{L}+(?:\\s+\\p{L}+)?),\\s+`, "u");
// A section (run-in heading) named by a law: "Varga's Laws", "Varga's Theory of Drift".
const LAW_TITLE = new RegExp(`^\\p{Lu}[\\p{L}-]+['’]s\\s+(?:\\p{L}+\\s+){0,3}${KIND}(?:\\s+of\\s+\\p{L}+)?$`, "u");
const MAX_STATEMENT_WORDS = 45;
const LOOK_BACK = 4;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The "that"-clause a sentence reports, up to the sentence's end, or null. */
function reported(text: string): string | null {
  const m = REPORTED.exec(text);
  return m ? statement(text.slice(m.index + m[0].length)) : null;
}

function statement(rest: string): string | null {
  // "… that A and / but that B": the second "that" belongs to the report, not the statement.
  const s = rest.replace(/[.;:]\s*$/, "").replace(/,?\s+(and|but)\s+that,?\s+/g, (_m, w: string) => `${w === "but" ? "," : ""} ${w} `).trim();
  // A statement that goes on into a second sentence's worth of clauses is a paragraph, not a law.
  if (words(s) < 4 || words(s) > MAX_STATEMENT_WORDS) return null;
  return cap(s);
}

/** "the Law of Tides" stays as written; a person's law reads "Varga's law". */
const nameOf = (person: string | undefined, law: string) => (person ? `${person}'s ${law.replace(/^the\s+/i, "")}` : law.replace(/^The\b/, "the"));
const verbOf = (name: string) => (/\blaws\b/i.test(name) ? "do" : "does");

function card(a: Analysis, name: string, back: string, sentence: number, extra: number[]): Candidate {
  const text = a.sentences[sentence].text;
  const at = text.indexOf(back.charAt(0).toLowerCase() + back.slice(1));
  const start = at >= 0 ? at : text.indexOf(back);
  return {
    kind: "qa", type: "law", front: `What ${verbOf(name)} ${name} state?`, back, sentence, extra: extra.filter((e) => e !== sentence),
    answer: start >= 0 ? { start, end: start + back.length } : null, answerKind: "clause",
  };
}

export function lawCandidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const asked = new Set<string>();
  const push = (c: Candidate) => {
    const key = c.front.toLowerCase();
    if (asked.has(key)) return;
    asked.add(key);
    out.push(c);
  };
  const ss = a.sentences;
  ss.forEach((s, i) => {
    // One sentence: "<name> states that …", "According to <name>, …".
    const st = STATES.exec(s.text);
    const stated = st && statement(s.text.slice(st.index + st[0].length));
    if (st && stated && /['’]s\s|\bof\b/.test(st[1])) push(card(a, st[1].replace(/^The\b/, "the"), stated, i, []));
    const acc = ACCORDING.exec(s.text);
    const accStated = acc && statement(s.text.slice(acc[0].length));
    if (acc && accStated) push(card(a, acc[1], accStated, i, []));

    // (a) "This rule is known as <name>": the statement is in an earlier sentence of the paragraph.
    const known = KNOWN_AS.exec(s.text);
    // A bare "the rule" names nothing; a law's name has a person or an "of" ("the Law of Tides").
    if (known && (known[2] || /\p{Lu}|\sof\s/u.test(known[3].replace(/^the\s+/i, "")))) {
      for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK) && ss[j].sentence.paragraph === s.sentence.paragraph; j--) {
        const said = reported(ss[j].text);
        if (said) { push(card(a, nameOf(known[2], known[3]), said, j, [i])); break; }
      }
    }

    // (b) "<Person>'s … law": the person stated it in one of the sentences just before.
    const named = NAMED.exec(s.text);
    if (named) {
      const person = named[1];
      for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
        const said = reported(ss[j].text);
        if (!said) continue;
        // The reporting sentence's subject is the person, or a pronoun for the person named just before.
        const by = ss[j].text.includes(person) || (/^(?:He|She)\b/.test(ss[j].sentence.text) && j > 0 && ss[j - 1].text.includes(person));
        if (by) push(card(a, nameOf(person, named[2]), said, j, [i, ...(ss[j].text.includes(person) ? [] : [j - 1])]));
        break;
      }
    }
  });

  // (c) A section titled by the law: its first sentence states it.
  for (const sec of a.sections) {
    const title = sec.title.replace(/[.:]+$/, "").trim();
    if (!LAW_TITLE.test(title)) continue;
    const first = sec.sentences[0];
    if (first === undefined) continue;
    const said = reported(ss[first].text);
    if (said) push(card(a, title.replace(/\s(Laws?|Principle|Rule|Theorem)$/, (m) => m.toLowerCase()), said, first, []));
  }
  return out;
}
