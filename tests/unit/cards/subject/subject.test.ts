// Session 16: a biography's subject named for a "he"/"she" that nothing nearby can stand for
// (lib/cards/subject), on INVENTED text: who the chapter is about and each refusal, where in the
// chapter a pronoun can only be the subject, and the rewrite with the look-alikes it must leave.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { SUBJECT_NAMING_ON, subjectSwitch } from "@/lib/cards/subject";

const chapterOf = (title: string, body: string) => cleanDocument(`# ${title}\n\n${body}\n`, { filename: "test.md" }).chapters[0];
const analyse = (title: string, body: string, subject = true): Analysis => analyseChapter(chapterOf(title, body), { subject });
// Appended to the short texts below, after the sentences they test: the name printed three times and
// "he" five, the least evidence the detection takes (what comes after a sentence does not change it).
const TAIL = " Harrow built a school. The school is standing. He kept the peace. Harrow paved the market. He was loved. Harrow died old. His name endured, and he is remembered.";
const short = (title: string, body: string) => analyse(title, body + TAIL);
const plan = (title: string, body: string) => ({ decision: analyse(title, body).subject! });
/** The analysed text of the sentence that contains `where`, as the cards show it. */
const textOf = (a: Analysis, where: string) => {
  const s = a.sentences.find((x) => (x.context?.before ?? x.text).includes(where));
  if (!s) throw new Error(`no sentence with "${where}"`);
  return s.text;
};

// An invented life: the subject named in the title and now and then in the text, "he" elsewhere.
const LIFE = [
  "Brand Harrow was born at Velm in 1402, the son of a salt merchant.",
  "The town lived by the salt trade and the fishing fleet.",
  "He studied law at the college of Orra and was called to the bar at twenty.",
  "Harrow entered the council of Velm in 1430.",
  "The flood of 1433 broke the old harbour wall.",
  "He rebuilt the harbour wall in stone after the flood.",
  "The new wall stood for three hundred years.",
  "In 1436 he was chosen mayor of the city.",
  "The granaries of the city were full that year.",
  "His first act was to open the granaries to the poor.",
  "The guilds resented the expense.",
  "Harrow answered that a fed city does not riot.",
  "The courts of the city were slow and costly.",
  "He reformed the courts and fixed the fees of the judges.",
  "Under his rule the port doubled its trade.",
  "In 1441 the merchant Osk Tellan accused the mayor of taking bribes.",
  "The council met in the great hall.",
  "He was tried before the council and acquitted.",
  "Harrow died at Velm in 1450.",
].join(" ");

describe("who the chapter is about", () => {
  it("is the one person the title names, with the sex the narration agrees on", () => {
    const d = plan("The Life of Brand Harrow", LIFE).decision;
    expect(d.subject).toMatchObject({ key: "Harrow", sex: "m", evidence: "title" });
  });

  it("is, with no person in the title, the one person the text names far more than any other", () => {
    const body = [LIFE, "Harrow built a school.", "Harrow paved the market.", "Harrow founded a hospital.", "Harrow wrote a code of the port.", "Harrow kept the peace.", "Harrow repaired the bridge."].join(" ");
    expect(plan("The Salt Cities", body).decision.subject).toMatchObject({ key: "Harrow", evidence: "dominant" });
  });

  it("refuses a title naming two people of the text, and a text where no one dominates", () => {
    const two = `${LIFE} Tellan fled to Orra. Tellan wrote against him. Tellan died poor.`;
    expect(plan("Brand Harrow and Osk Tellan", two).decision).toMatchObject({ subject: null, reason: expect.stringMatching(/several people/) });
    expect(plan("The Salt Cities", two).decision).toMatchObject({ subject: null, reason: expect.stringMatching(/none dominant/) });
  });

  it("refuses when the narration's he and she do not agree on one sex", () => {
    const mixed = LIFE.replace(/\bHe\b/g, "She").replace(/\bhis\b/gi, "her").replace("In 1436 he", "In 1436 she");
    const half = `${LIFE} ${mixed.split(". ").slice(0, 8).join(". ")}.`;
    expect(plan("The Life of Brand Harrow", half).decision.reason).toMatch(/do not agree on one sex/);
  });

  it("refuses a first-person narrative: its he and she are other people", () => {
    const memoir = "I was born at Velm. I studied law, and my father wished me to be a judge. I met Brand Harrow at the college. He was older than I. I went with him to the council. I saw him rebuild the wall. I admired him. My mother disliked him. I left Velm in my thirtieth year. I never saw Harrow again. I wrote this account in my old age. I remember Harrow as a just man. I keep his letters still.";
    // (300 words of narration at least: the narrator room's own test for a first-person chapter.)
    expect(plan("The Life of Brand Harrow", [memoir, memoir, memoir, memoir].join(" ")).decision.reason).toMatch(/first-person narrative/);
  });
});

describe("naming the subject on a card", () => {
  it("names a leading he the coreference leaves and resolves the sentence's pronoun", () => {
    const a = analyse("The Life of Brand Harrow", LIFE);
    expect(textOf(a, "He rebuilt the harbour wall")).toBe("Harrow rebuilt the harbour wall in stone after the flood.");
    const s = a.sentences.find((x) => x.text.startsWith("Harrow rebuilt"))!;
    expect(s.pronoun).toMatchObject({ resolved: true, via: "chapter-subject" });
    // The name is what the op wrote in: never counted as one more mention, never a blank.
    expect(s.context?.inserted.some((i) => i.op === "subject")).toBe(true);
  });

  it("names a possessive and the first pronoun of a sentence that opens on something else", () => {
    const a = analyse("The Life of Brand Harrow", LIFE);
    expect(textOf(a, "was to open the granaries")).toMatch(/^Harrow's first act was to open the granaries/);
    expect(textOf(a, "the port doubled")).toBe("Under Harrow's rule the port doubled its trade.");
  });

  it("leaves a he after another person is named, until the subject is named again", () => {
    const a = analyse("The Life of Brand Harrow", LIFE);
    // Osk Tellan was named since Harrow last was: "He was tried" may be either man.
    expect(textOf(a, "was tried before the council")).toBe("He was tried before the council and acquitted.");
  });

  it("leaves a he whose sentence has a person described before it, or another person named", () => {
    const body = "Brand Harrow ruled Velm for twenty years. The flood came in the spring. After the flood the old judge complained, and he wrote to the king. The harbour was rebuilt. When he came to the port, Osk Tellan met him.";
    const a = short("The Life of Brand Harrow", body);
    expect(textOf(a, "the old judge complained")).toBe("After the flood the old judge complained, and he wrote to the king.");
    expect(textOf(a, "When he came to the port")).toBe("When he came to the port, Osk Tellan met him.");
    // The look-alike: with no one else in the sentence, the same "When he came" is named.
    const plain = short("The Life of Brand Harrow", "Brand Harrow ruled Velm for twenty years. The harbour was rebuilt. When he came to the port, the fleet was ready.");
    expect(textOf(plain, "When he came to the port")).toBe("When Harrow came to the port, the fleet was ready.");
  });

  it("leaves a pronoun inside a quotation, a pronoun of the other sex and a reflexive", () => {
    const body = "Brand Harrow ruled Velm for twenty years. The guilds were angry. “He will ruin us,” the guilds said. The fleet sailed in May. Her ships were the finest of the coast. The courts were slow. Himself a judge, he reformed the courts.";
    const a = short("The Life of Brand Harrow", body);
    expect(textOf(a, "will ruin us")).toContain("“He will ruin us,”");
    expect(textOf(a, "ships were the finest")).toBe("Her ships were the finest of the coast.");
    expect(textOf(a, "Himself a judge")).toBe("Himself a judge, he reformed the courts.");
  });

  it("keeps the subject running past a person met in an object of a sentence whose subject is he", () => {
    const body = "Brand Harrow ruled Velm for twenty years. The law was then taught at Orra. He served under Osk Tellan, who taught him the law. The flood came in the spring. He rebuilt the harbour wall in stone.";
    expect(textOf(short("The Life of Brand Harrow", body), "rebuilt the harbour wall")).toBe("Harrow rebuilt the harbour wall in stone.");
    // The other person as a sentence's subject takes the next he from the subject.
    const rival = "Brand Harrow ruled Velm for twenty years. The law was then taught at Orra. Osk Tellan taught the law at Orra. The flood came in the spring. He rebuilt the harbour wall in stone.";
    expect(textOf(short("The Life of Brand Harrow", rival), "rebuilt the harbour wall")).toBe("He rebuilt the harbour wall in stone.");
  });

  // (These two were found reading the check set's named sentences, after its cards were labelled.)
  it("leaves a he after a sentence whose he is someone else because it names the subject besides", () => {
    const body = "Brand Harrow ruled Velm for twenty years. The city sent for Osk Tellan. He came to Velm and was a friend to Harrow. The market was moved. He remodelled the rites of the city.";
    expect(textOf(short("The Life of Brand Harrow", body), "remodelled the rites")).toBe("He remodelled the rites of the city.");
  });

  it("leaves a generic person a relative clause defines", () => {
    const body = "Brand Harrow ruled Velm for twenty years. The law of the port was strict. An heiress may marry only him whom the council chooses.";
    expect(textOf(short("The Life of Brand Harrow", body), "An heiress may marry")).toBe("An heiress may marry only him whom the council chooses.");
    // The look-alike: "him" with no relative after it is named.
    const named = short("The Life of Brand Harrow", "Brand Harrow ruled Velm for twenty years. The law of the port was strict. The council chose him twice.");
    expect(textOf(named, "The council chose")).toBe("The council chose Harrow twice.");
  });

  it("leaves a he that opens a clause after a singular noun of an earlier clause", () => {
    const body = "Brand Harrow ruled Velm for twenty years. The council met twice a year. Whenever the council empowered the first magistrate, he was raised above the laws.";
    expect(textOf(short("The Life of Brand Harrow", body), "was raised above")).toBe("Whenever the council empowered the first magistrate, he was raised above the laws.");
  });

  it("does nothing with the switch off (the default) and in a chapter with no subject", () => {
    expect(SUBJECT_NAMING_ON).toBe(false);
    expect(subjectSwitch({ LECTERN_SUBJECT: "1" })).toBe(true);
    expect(subjectSwitch({})).toBe(false);
    expect(textOf(analyse("The Life of Brand Harrow", LIFE, false), "He rebuilt the harbour wall")).toBe("He rebuilt the harbour wall in stone after the flood.");
    expect(textOf(analyseChapter(chapterOf("The Life of Brand Harrow", LIFE)), "He rebuilt the harbour wall")).toBe("He rebuilt the harbour wall in stone after the flood.");
    expect(textOf(analyse("The Salt Cities", LIFE), "He rebuilt the harbour wall")).toBe("He rebuilt the harbour wall in stone after the flood.");
  });
});
