// Page-level layout on small composed inputs (not the fixtures): running heads of several kinds,
// scan artefacts, leaked footnote continuations with other wording, and pages inferred from
// evidence that appears after the text it dates.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const chapter = (raw: string) => cleanDocument(raw).chapters[0];
const texts = (raw: string) => chapter(raw).sentences.map((s) => [s.page, s.text]);

describe("page furniture inside a chapter", () => {
  const raw = `CHAPTER 12

SOCIALISM IN ONE COUNTRY

The doctrine was first stated by Stalin in December 1924, in an article on permanent revolution. It was not at first

SOCIALISM IN ONE COUNTRY 36

regarded as a novelty by the other leaders.

PT. III

The party press took it up in the spring of 1925.

K512 E802-2

外文书库

By the end of the year dissent was treated as a sign of

The Struggle in the Party 38

pessimism about the revolution. The opposition never recovered.
`;

  it("drops capitals heads with numbers, part heads, shelf marks, stamps and title-case heads, rejoining sentences", () => {
    expect(texts(raw)).toEqual([
      ["35", "The doctrine was first stated by Stalin in December 1924, in an article on permanent revolution."],
      ["35", "It was not at first regarded as a novelty by the other leaders."],
      ["37", "The party press took it up in the spring of 1925."],
      ["37", "By the end of the year dissent was treated as a sign of pessimism about the revolution."],
      ["38", "The opposition never recovered."],
    ]);
    expect(chapter(raw)).toMatchObject({ number: "12", title: "Socialism in One Country" });
  });
});

describe("leaked footnote continuations (other wording than the sample)", () => {
  const raw = `# Chapter 4. The Reform Bill

Grey's ministry introduced the bill in March 1831.<sup>1</sup> The Lords were determined to

<sup>1</sup> Hansard, 3rd ser., ii, 1061-1089.

<sup>2</sup> The correspondence is printed in *The Reform Act*, ed. H. Earl Grey (London, 1867), vol. i,

resist; the ministers were divided on tactics.<sup>2</sup> Wellington pp. 233-241 ; see also ibid., vol. ii, pp. 12-19 (letters of May 1832).

<sup>1</sup> *Annual Register*, 1832, p. 190.

failed to form a government, and the bill passed in June 1832.<sup>1</sup> The electorate grew by half.
`;
  const ch = chapter(raw);

  it("returns the citation to the open footnote and resumes the body sentence after the next block", () => {
    expect(ch.sentences.map((s) => s.text)).toEqual([
      "Grey's ministry introduced the bill in March 1831.",
      "The Lords were determined to resist; the ministers were divided on tactics.",
      "Wellington failed to form a government, and the bill passed in June 1832.",
      "The electorate grew by half.",
    ]);
    expect(ch.footnotes[1].text).toBe("The correspondence is printed in The Reform Act, ed. H. Earl Grey (London, 1867), vol. i, pp. 233-241; see also ibid., vol. ii, pp. 12-19 (letters of May 1832).");
    expect(ch.sentences[2].footnoteRefs).toEqual([ch.footnotes[2].id]);
  });

  it("leaves citation-like body text alone when no footnote is open", () => {
    const plain = `# Chapter 5. Trade

Exports rose by a third in the decade.<sup>1</sup>

<sup>1</sup> *Parliamentary Papers*, 1850, lii, p. 12.

Cotton was overtaken by iron; the returns for 1851 (Cd. 1234, pp. 45-50) show the change.

<sup>1</sup> Ibid., p. 14.

A new period had begun.
`;
    expect(chapter(plain).sentences.map((s) => s.text)).toContain("Cotton was overtaken by iron; the returns for 1851 (Cd. 1234, pp. 45-50) show the change.");
  });
});

describe("pages inferred from later evidence", () => {
  it("dates text before a footer number and counts on after it", () => {
    const raw = `# Chapter 3. The Senate

The consuls met in the temple of Concord.<sup>1</sup> The senate was hesitant to

<sup>1</sup> Sallust, *Catiline*, 46-47.

45

act against men of such rank. Caesar spoke for mercy.<sup>1</sup>

<sup>1</sup> Plutarch, *Caesar*, 7.

Cato spoke against him.
`;
    const ch = chapter(raw);
    expect(ch.sentences.map((s) => [s.page, s.text])).toEqual([
      ["45", "The consuls met in the temple of Concord."],
      ["45", "The senate was hesitant to act against men of such rank."],
      ["46", "Caesar spoke for mercy."],
      ["47", "Cato spoke against him."],
    ]);
    expect(ch.footnotes.map((f) => f.id)).toEqual(["p45-n1", "p46-n1"]);
    expect(ch.pages).toEqual([{ page: "45", offset: 0 }, { page: "46", offset: ch.text.indexOf("act against") }, { page: "47", offset: ch.text.indexOf("Cato") }]);
  });

  it("reads inline page markers of e-text editions ([Pg 12], {14}) and removes them", () => {
    const raw = "CHAPTER I.\n\nTHE VOYAGE.\n\nThe ship sailed in December. The crew [Pg 12] numbered seventy-four men. They reached\nthe islands in January.\n\n[Pg 13]\n\nThe naturalist went ashore {14} at once. He collected plants.\n";
    const ch = chapter(raw);
    expect(ch.text).toBe("The ship sailed in December. The crew numbered seventy-four men. They reached the islands in January.\n\nThe naturalist went ashore at once. He collected plants.");
    expect(ch.sentences.map((s) => s.page)).toEqual(["11", "11", "12", "13", "14"]);
    expect(ch.pages.find((p) => p.page === "12")?.offset).toBe(ch.text.indexOf("numbered"));
  });

  it("continues an unfinished paragraph across a page of notes even when the next word is capitalised", () => {
    const raw = "# Chapter 1. Names\n\nIn the months after the funeral the city that had been the capital of the empire was renamed\n\n<sup>1</sup> See below.\n\nLeningrad by a decree of the Soviet. The decision was popular.<sup>1</sup>\n\nThe next paragraph ends properly.\n\n36\n\nA new paragraph on a new page.\n";
    const ch = chapter(raw);
    expect(ch.paragraphs.map((p) => [p.page, ch.text.slice(p.start, p.end)])).toEqual([
      ["35", "In the months after the funeral the city that had been the capital of the empire was renamed Leningrad by a decree of the Soviet. The decision was popular."],
      ["36", "The next paragraph ends properly."],
      ["37", "A new paragraph on a new page."],
    ]);
  });

  it("drops running heads that a converter turned into headings, without making them chapters", () => {
    const raw = "# The Book\n\n## Rivers\n\nThe river ran down to the sea through a valley cut in the hard rock of the\n\n## 36 RIVERS AND THEIR WORK\n\nhills, and it carried sand with it.\n\n## 37 RIVERS AND THEIR WORK\n\nEvery flood moved the boulders.\n\n## Lakes\n\nLakes are wide places in rivers.\n\n## CH. XI LAKES AND PONDS 38\n\nThey fill with mud over time.\n";
    const doc = cleanDocument(raw);
    expect(doc.chapters.map((c) => c.title)).toEqual(["Rivers", "Lakes"]);
    expect(doc.chapters.map((c) => c.sentences.map((s) => [s.page, s.text]))).toEqual([
      [["35", "The river ran down to the sea through a valley cut in the hard rock of the hills, and it carried sand with it."], ["37", "Every flood moved the boulders."]],
      [["37", "Lakes are wide places in rivers."], ["38", "They fill with mud over time."]],
    ]);
  });

  it("counts on in roman numerals in front matter", () => {
    const raw = "# Preface\n\nThe first page of the preface ends here and the sentence goes on to the\n\nxi\n\nnext page, which has no number. It ends.\n\n<sup>1</sup> A note.\n\nThe third page.\n";
    expect(chapter(raw).sentences.map((s) => s.page)).toEqual(["xi", "xii", "xiii"]);
  });
});

describe("a note whose page was misjudged by one", () => {
  it("is linked to its marker on the page before when its own page has none", () => {
    // A note block in mid-page makes the text after it look like a new page; the next note is then
    // filed one page late, but still finds its marker.
    const raw = "CHAPTER 5\n\nTHE ABBEY\n\n85\n\nThe monks escaped their notice.4 They rebuilt the church.5\n\n5 Ecclesiastical Documents, No. 42.\n\nThe wealth of the abbey came from sheep.\n\n4 Serlo, op. cit., p. 101.\n\n86 THE WHITE MONKS\n\nThe debts grew.\n";
    const ch = cleanDocument(raw).chapters[0];
    const four = ch.footnotes.find((f) => f.number === "4")!;
    expect(four.citedAt).not.toBeNull();
    expect(ch.sentences[four.citedAt!.sentence].text).toBe("The monks escaped their notice.");
  });
});
