import { describe, expect, it } from "vitest";
import { givenAway, sameStem } from "@/lib/cards/spans/weak-blank";
import { isEnglishWord } from "@/lib/cards/rank/frequency";

// The definition givenAway keeps: the words of the blank against the words of
// "text before + space + text after", each part read on its own.
const words = (text: string) => (text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, "")).filter((w) => w.length >= 4);
const names = (text: string) => (text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, "")).filter((w) => w.length >= 4);
function reference(text: string, start: number, end: number): boolean {
  const mine = words(text.slice(start, end));
  if (!mine.length) return false;
  const rest = words(`${text.slice(0, start)} ${text.slice(end)}`);
  const short = new Set(names(text.slice(start, end)).filter((w) => w.length === 4));
  // Two proper names parting after a shared stem are two names, not one word's forms.
  const named = new Set(names(text.slice(start, end)));
  const restNames = new Set(names(`${text.slice(0, start)} ${text.slice(end)}`));
  const twoNames = (w: string, r: string) => named.has(w) && restNames.has(r) && !isEnglishWord(w) && !isEnglishWord(r) && !w.startsWith(r) && !r.startsWith(w);
  return mine.every((w) => rest.some((r) => (!twoNames(w, r) && sameStem(w, r)) || (short.has(w) && r.startsWith(w) && /^(?:ism|isms|ist|ists|ian|ians|ean|eans|ite|ites)$/.test(r.slice(w.length)))));
}

const SENTENCES = [
  "Marrow's followers, the Marrowists, kept the pleasing and displeasing rites of the old guild.",
  "The ferry-master’s toll — paid at Vell’s quay — rose when the tolls of the quay-side fell.",
  "Kant and the Kantians; Orrin's orrery, the orreries of Orrin's school, and Élodie's éclairs.",
  "ΣΟΦΙΑ was the word: the sophists' σοφία, the ΣΟΦΙΑΣ of the schools, İstanbul's İZMİR road.",
];

describe("givenAway over every cut of a sentence", () => {
  it.each(SENTENCES)("matches reading each side on its own: %s", (text) => {
    const diff: string[] = [];
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= Math.min(text.length, start + 40); end++) {
        if (givenAway(text, start, end) !== reference(text, start, end)) diff.push(`${start}:${end}`);
      }
    }
    expect(diff).toEqual([]);
  });

  it("finds a blank repeated in another form, and not one cut from a word of its own", () => {
    const text = SENTENCES[0];
    const at = text.indexOf("displeasing");
    expect(givenAway(text, at, at + "displeasing".length)).toBe(true);
    const guild = text.indexOf("guild");
    expect(givenAway(text, guild, guild + 5)).toBe(false);
  });
});
