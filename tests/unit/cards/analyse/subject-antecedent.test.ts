// Session 8: a sentence that opens with "It"/"They" carrying the previous sentence's subject on is
// completed only when that subject is the one candidate of the pronoun's number; every doubt leaves
// the pronoun (and the standalone gate drops the card). Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(text);
  return a.sentences[a.sentences.length - 1];
};

describe("leading it / they resolved to the previous subject", () => {
  it("writes the subject when it is the only noun of the pronoun's number ('The glacier … It moves')", () => {
    const s = last("The glacier carves deep valleys. It moves a few feet every year.");
    expect(s.text).toBe("The glacier moves a few feet every year.");
    expect(s.pronoun).toMatchObject({ word: "it", resolved: true, text: "the glacier", via: "subject" });
  });
  it("writes a plural subject for 'They' when every other noun is singular", () => {
    const s = last("The marsh plants grow in brackish water. They flower late in the season.");
    expect(s.text).toBe("The marsh plants flower late in the season.");
    expect(s.pronoun?.via).toBe("subject");
  });
  it("keeps a possessive ('Its …' → 'The glacier's …')", () => {
    const s = last("The glacier carves deep valleys. Its surface is cracked.");
    expect(s.text).toBe("The glacier's surface is cracked.");
  });
});

describe("refusals: anything less than certain keeps the pronoun", () => {
  it("refuses when another noun of the same number follows the subject ('round the wooden cart')", () => {
    const s = last("The quarrel grew louder round the wooden cart. It tipped over at last.");
    expect(s.text).toBe("It tipped over at last.");
    expect(s.pronoun?.resolved).toBe(false);
  });
  it("refuses two plural candidates for 'They'", () => {
    const s = last("The farmers sold the lambs early. They fetched a good price.");
    expect(s.text).toBe("They fetched a good price.");
  });
  it("refuses an expletive or clefted 'it' ('It was a hard winter', 'It seems to grow')", () => {
    expect(last("The glacier carves deep valleys. It was a hard winter.").text).toBe("It was a hard winter.");
    expect(last("The glacier carves deep valleys. It seems to grow.").text).toBe("It seems to grow.");
  });
  it("refuses an 'it' that stands for the whole statement ('It shows that …')", () => {
    expect(last("The glacier carves deep valleys. It shows that ice is strong.").text).toBe("It shows that ice is strong.");
  });
  it("refuses an antecedent in another paragraph", () => {
    const s = last("The glacier carves deep valleys.\n\nIt moves a few feet every year.");
    expect(s.text).toBe("It moves a few feet every year.");
  });
  it("refuses an indefinite subject ('A glacier … It')", () => {
    expect(last("A glacier carves deep valleys. It moves a few feet every year.").text).toBe("It moves a few feet every year.");
  });
  it("refuses a 'this' whose noun the sentence before does not have", () => {
    const s = last("The glacier carves deep valleys. This principle explains the shape of the hills.");
    expect(s.pronoun).toMatchObject({ word: "this", resolved: false });
    expect(s.text).toBe("This principle explains the shape of the hills.");
  });
});
