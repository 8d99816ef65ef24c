// Who did what: passive "X was invented/discovered/... by Y", participial "X, invented ... by Y",
// and dated active sentences "In 1958 Jack Kilby built the first integrated circuit".
import type { Draft, Rule } from "../types";
import { asMidSentence, cleanEntity, ENT, sentenceDate } from "./common";

const VERBS = "invented|discovered|designed|built|founded|written|published|proposed|developed|introduced|described|created|established|composed|painted|directed|produced|worked out|put forward|coined|led|commanded|signed|sealed|annulled|reissued|examined|recommended|awarded|named after|taught";
const PASSIVE = new RegExp(`^((?:The |An? )?[\\p{L}][\\p{L}'’ -]{1,60}?)(?: \\([^)]*\\))?(?:,[^,;]{0,80},)? (?:was|were|had been) (${VERBS})((?: (?:in|at|on|during)(?! by)[^,;]*?)?) by (${ENT}(?:(?:,| and) ${ENT})*)`, "u");
const PARTICIPLE = new RegExp(`(?:^|, )((?:[Tt]he |An? )?${ENT}|[Tt]he [a-z]+), (${VERBS}) ((?:(?:at|in|on) [^,;]*? )?)by (${ENT}(?:(?:,| and) ${ENT})*)`, "u");
const ACTIVE = new RegExp(`^(?:When (?:in|on) |In |On |By |During )([^,]{3,40}?),? (?:the [a-z]+ )?(${ENT})(?: of (${ENT}))?(?:,[^,;]{0,80},)? ((?:[a-z]+ed|built|wrote|made|found|became|began|led|won|took|gave|set up|held|saw|sent|drew|fought|chose|rose|left|met|sold|bought|ran|published|founded|joined|received|shared) [^,;]{6,90})`, "u");
const PRONOUN = /^(It|Its|His|Her|Their|They|He|She|This|That|These|Those)\b/;

export const agentRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const out: Draft[] = [];
  const p = s.match(PASSIVE);
  if (p && !PRONOUN.test(p[1])) {
    const when = sentenceDate(ctx);
    const agent = p[4].trim().replace(/[.,;:]+$/, "");
    out.push({
      kind: "qa", front: `Who ${p[2]} ${asMidSentence(p[1].trim(), ctx.chapter.text)}${when ? ", and when" : ""}?`, back: `${agent}${when ? `, ${when.text}` : ""}`,
      answer: agent, rule: "agent", base: 0.9, flags: when?.inferred ? ["inferred-date"] : [],
    });
  }
  const q = s.match(PARTICIPLE);
  if (q && !p && !PRONOUN.test(q[1])) {
    const agent = q[4].trim().replace(/[.,;:]+$/, "");
    out.push({ kind: "qa", front: `Who ${q[2]} ${asMidSentence(q[1], ctx.chapter.text)}?`, back: agent, answer: agent, rule: "agent", base: 0.88 });
  }
  const a = s.match(ACTIVE);
  if (a && !a[1].match(/\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter/)) return out;
  if (a && !p) {
    const when = sentenceDate(ctx, s.slice(0, a[1].length + 4)) ?? sentenceDate(ctx);
    const who = cleanEntity(a[2]);
    const deed = a[4].replace(/[.,;:]+$/, "").replace(/\s+(?:in|on|at)\s*$/, "").trim();
    if (who && !PRONOUN.test(who) && when && !/^(It|This)$/.test(who)) {
      out.push({
        kind: "qa", front: `Who ${deed} in ${when.text}?`, back: who + (a[3] ? ` (of ${a[3]})` : ""), answer: who, rule: "who-did-what", base: 0.84,
        flags: when.inferred ? ["inferred-date"] : [],
      });
    }
  }
  return out;
};
