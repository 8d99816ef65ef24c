// A book printed in the 1790s as OCR reads it: the page number at the foot, on the line of the
// catch-word (the next page's first word, or the half of a word the page splits); a running head
// over odd pages only, printed against the page's first line; the long s read as "f"; a chapter
// with no title but its contents line. Invented text.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { convertCatchWordFeet } from "@/lib/chapters/catch-words";
import { repairLongS } from "@/lib/chapters/long-s";
import type { Block } from "@/lib/chapters/blocks";

const WIDTH = 54;
const centre = (s: string) => " ".repeat(Math.floor((WIDTH - s.length) / 2)) + s;
const foot = (n: number, word: string) => {
  const folio = centre(String(n));
  return folio + " ".repeat(Math.max(3, WIDTH - folio.length - word.length)) + word;
};

const PAGES = [
  ["   THE tides of the sea have been obferved by every", "people that lived near the shore, and the sailors of", "the oldest nations knew that the water rises twice in", "every day. It was faid by the ancients that the moon", "governs them, but the reafon of this was not known", "until the laws of motion had been found and the moon"],
  ["had been weighed against the earth. The height of the", "tide is not the same in every place. In a narrow sea", "it is small, and in a wide bay that opens to the west", "it may be very great, for the water is driven into it", "by the whole ocean. This queftion has been moft keenly", "debated among the learned of every nation in Europe,"],
  ["and it is not yet settled. The sun also raises a tide,", "but a smaller one than the moon, because it is so much", "farther away from us. When the sun and the moon pull", "together the tides are highest, and these are called", "the spring tides. When they pull across each other the", "tides are lowest, and these are called the neap tides."],
  ["   The mariner must know the hour of the tide in every", "port he enters, for a ship that comes in on the ebb may", "be left upon the sand until the flood returns. The fame", "of the pilots of that coast rests on this knowledge, and", "they keep tables of the hours which they have made from", "the observations of many years, and which they give to"],
  ["their sons as the most precious part of their estate.", "   It is a common error to think that the tide comes in", "at the same hour every day. It comes about three quar-", "ters of an hour later each day, because the moon rises", "later each day by nearly as much, and the water follows", "the moon round the earth as a dog follows its master."],
  ["   The shape of the shore also changes the tide, for a", "long and narrow firth gathers the water as a funnel", "does, and raises it to a great height at its head, while", "an open coast lets it spread and fall away. In some", "rivers the flood comes up as a wall of water, which the", "people of the country call the bore, and which is au-"],
  ["dible a long way off before it is seen by anyone."],
];

const SUMMARY = "    Why the sea rises twice a day—The sun and the moon\n      together—Spring tides and neap tides—The hour of\n      the tide in each port—The bore of rivers.";

/** The pages laid out: chapter heading and contents line on page 1, heads on odd pages from 3, feet with catch-words. */
function scan(): string {
  return PAGES.map((lines, i) => {
    const n = i + 1;
    const head = n % 2 === 1 && n > 1 ? [centre("ON THE TIDES.")] : [];
    const next = PAGES[i + 1]?.[0].trim().split(/\s+/)[0];
    const top = n === 1 ? [centre("CHAPTER I."), "", SUMMARY, ""] : [];
    return [...top, ...head, ...lines, "", next ? foot(n, next) : centre(String(n))].join("\n");
  }).join("\n\f") + "\n";
}

describe("a page foot with the page number and the catch-word", () => {
  const doc = cleanDocument(scan(), { filename: "tides.txt" });
  const ch = doc.chapters[0];
  const sentences = ch.sentences.map((s) => s.text);

  it("numbers the page above it, and the catch-word is not read twice", () => {
    expect(ch.text).not.toMatch(/\d/);
    expect(ch.sentences.map((s) => s.page)).toEqual(["1", "1", "2", "2", "2", "3", "3", "3", "4", "4", "5", "5", "6", "6"]);
    expect(sentences).toContain("This question has been most keenly debated among the learned of every nation in Europe, and it is not yet settled.");
  });

  it("drops the running head printed against the first line of odd pages, and rejoins the sentences and the word split over the page", () => {
    expect(ch.text).not.toMatch(/TIDES/);
    expect(sentences).toContain("It was said by the ancients that the moon governs them, but the reason of this was not known until the laws of motion had been found and the moon had been weighed against the earth.");
    expect(sentences.at(-1)).toBe("In some rivers the flood comes up as a wall of water, which the people of the country call the bore, and which is audible a long way off before it is seen by anyone.");
  });

  it("but keeps a speaker's name in capitals over each speech, where no page begins", () => {
    const play = "THE LOCK.\n\nTHE KEEPER.\nWho comes to the gate so late at night?\n\nTHE BOATMAN.\nA poor man with a boat of apples.\n\nTHE KEEPER.\nThe gate is shut until the morning.\n\nTHE BOATMAN.\nThen I will wait here by the bank.\n\nTHE KEEPER.\nWait, then, and keep your lantern low.\n";
    expect(cleanDocument(play, { filename: "lock.txt" }).chapters[0].text.match(/THE KEEPER\./g)).toHaveLength(3);
  });

  it("keeps a number and a word that do not repeat the next page's first word", () => {
    const block = (text: string): Block => ({ kind: "body", lines: text.split("\n"), text });
    const blocks = [block("The stores held on the first of the month were these."), block("            12               barrels"), block("of salted fish, and")];
    expect(convertCatchWordFeet(blocks).count).toBe(0);
    expect(convertCatchWordFeet([blocks[0], block("            12               of"), blocks[2]]).blocks[1].kind).toBe("pagenum");
  });
});

describe("the long s read as f", () => {
  it("is read as s where the f-form is no English word and the s-form is", () => {
    const ch = cleanDocument(scan(), { filename: "tides.txt" }).chapters[0];
    expect(ch.text).toMatch(/been observed by every people/);
    expect(ch.text).not.toMatch(/faid|reafon|queftion|moft/);
    expect(ch.text).toContain("The fame of the pilots"); // "fame" is a word: left as printed
  });

  it("never touches a real word, a word's last f, or a rare word the dictionary lists", () => {
    const old = "It was faid that the queftion of the fea was moft obfcure. He fpoke to the fame fat fellow himfelf, a bantling of the parifh, and an elf. The chief of the boats was a fafe man.";
    const { text } = repairLongS(old);
    expect(text).toBe("It was said that the question of the sea was most obscure. He spoke to the fame fat fellow himself, a bantling of the parish, and an elf. The chief of the boats was a safe man.");
  });

  it("leaves a modern text alone: a misprint or two is no pattern", () => {
    const modern = "The fat cat won fame in the city. Fans said the feline was fast, and a critic faid so too. The chief of staff agreed.";
    expect(repairLongS(modern)).toEqual({ text: modern, repairs: 0 });
  });
});

describe("a chapter with no title but its contents line", () => {
  it("is titled by its contents line, which is no sentence", () => {
    const ch = cleanDocument(scan(), { filename: "tides.txt" }).chapters[0];
    expect([ch.number, ch.title]).toEqual(["1", "Why the sea rises twice a day—The sun and the moon together—Spring tides and neap tides—The hour of the tide in each port—The bore of rivers"]);
    expect(ch.sentences[0].text).toMatch(/^The tides of the sea/);
  });
});
