// Successions and appointments: "X succeeded Y as Z", "X was appointed/elected Z".
import type { Draft, Rule } from "../types";
import { atDate, cleanEntity, ENT, sentenceDate } from "./common";
import { chapterIndex } from "../chapter-index";

// The role may be a title ("Deputy People's Commissar for War") or lower-case ("director of the center").
const ROLE = `(?:the\\s+)?(?:${ENT}|[a-z][\\p{L}'’-]*(?:\\s+(?:of|for)\\s+(?:the\\s+)?(?:${ENT}|[\\p{L}'’-]+))?)`;
const SUCCEEDED = new RegExp(`(${ENT})(,[^;]{0,200}?,)?\\s+(?:had\\s+|has\\s+)?succeeded\\s+(${ENT})\\s+as\\s+(${ROLE})`, "u");
// The office may be a title ("Director of the Bureau") or a lower-case office of a named place ("king of England").
const APPOINTED = new RegExp(`(${ENT})(?:,[^;]{0,120}?,)?\\s+(?:was|were|had been)\\s+(?:himself\\s+|herself\\s+|themselves\\s+|also\\s+|later\\s+|then\\s+|subsequently\\s+|unanimously\\s+|duly\\s+)?(appointed|elected|named|made|chosen as|crowned|proclaimed|consecrated|ordained)\\s+((?:the\\s+)?(?:${ENT}|(?:king|queen|emperor|empress|pope|bishop|archbishop|president|chancellor|governor|mayor|consul|prince|duke|abbot|director|head|chairman|secretary|leader)s?)(?:\\s+of\\s+(?:the\\s+)?${ENT})?)`, "u");

export const successionRule: Rule = (ctx) => {
  const s = ctx.sentence.text;
  const out: Draft[] = [];
  const m = s.match(SUCCEEDED);
  if (m) {
    const who = cleanEntity(m[1]);
    const when = sentenceDate(ctx);
    out.push({
      kind: "qa", front: `Who succeeded ${cleanEntity(m[3])} as ${cleanEntity(m[4])}${when ? ` ${atDate(when.text)}` : ""}?`, back: who, answer: who,
      rule: "succession", base: 0.92, flags: when?.inferred ? ["inferred-date"] : [],
    });
  }
  const a = s.match(APPOINTED);
  if (a && !/^(It|He|She|They)$/.test(cleanEntity(a[1]))) {
    // "The next year Murdac was elected ..." after "Henry Murdac": the fuller name, citing its sentence.
    const short = cleanEntity(a[1]);
    const earlier = !/\s/.test(short) ? chapterIndex(ctx.chapter).nameBeforeAt(ctx.sentence.id, short) : null;
    const fuller = earlier && earlier.name.endsWith(` ${short}`) && !/\b(?:of|the)\b/.test(earlier.name) ? earlier : null;
    const who = fuller ? fuller.name : short;
    const when = sentenceDate(ctx);
    const verb = a[2] === "chosen as" ? "chosen as" : a[2];
    out.push({
      kind: "qa", front: `Who was ${verb} ${cleanEntity(a[3])}${when ? ` ${atDate(when.text)}` : ""}?`, back: who, answer: who,
      // "Who was made abbot?" asks about every abbot there was: a bare office without a date or a place needs context.
      rule: "appointment", base: 0.85, extraSentences: fuller ? [fuller.sentence] : undefined, flags: [...(when?.inferred ? ["inferred-date"] : []), ...(!when && !/\p{Lu}/u.test(a[3]) ? ["needs-context"] : [])],
    });
  }
  return out;
};
