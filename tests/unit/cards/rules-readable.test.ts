// Failure classes found on a popular-science astronomy chapter and an OCR'd medieval history (the
// cards2-* fixtures), plus the weak spots left by the previous round: clefts, subject pronouns, objects
// that point back, weak place clozes, identifying descriptions, long definitions, Latin species names,
// bracketed parts of names, date ranges, relative "in that year", glued note numbers.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { legacyCandidateCards as candidateCards } from "@/lib/cards";
import { validateCard } from "@/lib/cards/validate";
import { entities } from "@/lib/cards/text";
import { uncleft } from "@/lib/cards/resolve";
import type { GeneratedCard } from "@/lib/cards";

const cardsOf = (text: string) => candidateCards(cleanDocument(text).chapters[0]);
const qa = (text: string) => cardsOf(text).filter((c) => c.kind === "qa").map((c) => [c.front, c.back]);
const fronts = (text: string) => cardsOf(text).map((c) => c.front);
const clozeBacks = (text: string) => cardsOf(text).filter((c) => c.kind === "cloze").map((c) => c.back);
const find = (text: string, front: string) => cardsOf(text).find((c) => c.front === front);

describe("cleft sentences", () => {
  it("reads a cleft as the statement it stresses", () => {
    expect(uncleft("It was not until 1847 that a party of surveyors proved that the seas stood at the same height."))
      .toBe("In 1847, a party of surveyors proved that the seas stood at the same height.");
    expect(uncleft("It was at Ripon, on the feast of St Stephen, that the Archbishop granted them a site."))
      .toBe("At Ripon, on the feast of St Stephen, the Archbishop granted them a site.");
    expect(uncleft("It was clear that the plan would fail.")).toBeNull();
    expect(uncleft("It was not until the arrival of the monks that the land was drained.")).toBeNull();
  });
  it("makes cards from a cleft that do not start with a dummy 'It'", () => {
    const text = "Bach's music was little played for decades. It was not until 1829 that Felix Mendelssohn revived the St Matthew Passion in Berlin.";
    const cards = cardsOf(text).filter((c) => c.source.sentence === 1);
    expect(cards.some((c) => c.kind === "cloze" && c.front.startsWith("In {{c1::1829}}, Felix Mendelssohn revived"))).toBe(true);
    expect(cards.every((c) => !/^It\b/.test(c.front) && c.flags.includes("rephrased"))).toBe(true);
  });
  it("asks when a passive cleft happened", () => {
    expect(qa("The monks were poor for years. It was not until 1135, however, that the debts of the house were settled by Hugh of York."))
      .toContainEqual(["Who settled the debts of the house, and when?", "Hugh of York, 1135"]);
  });
});

describe("subject pronouns", () => {
  it("puts the previous sentence's named subject in place of 'she' and cites it", () => {
    const text = "Henrietta Swan Leavitt worked at the Harvard College Observatory for many years. In 1912 she showed that the brighter a Cepheid is, the longer its period.";
    const card = find(text, "What did Henrietta Swan Leavitt show in 1912?");
    expect(card?.back).toBe("The brighter a Cepheid is, the longer its period");
    expect(card?.source.sentenceIds).toEqual([1, 0]);
    expect(card?.flags).toContain("resolved-pronoun");
  });
  it("follows a chain of sentences with the same pronoun, and an agent named with 'by'", () => {
    const text = "The question was settled by Edwin Hubble. A former lawyer, he had joined the observatory in 1919. On the night of 5 October 1923 he photographed the Andromeda nebula with the largest telescope.";
    expect(qa(text)).toContainEqual(["Who photographed the Andromeda nebula with the largest telescope on 5 October 1923?", "Edwin Hubble"]);
  });
  it("leaves the pronoun alone when two people could be meant", () => {
    const text = "Shapley and Heber Curtis met at the Academy in Washington. In 1920 he argued that the spiral nebulae were distant galaxies.";
    expect(cardsOf(text).some((c) => c.flags.includes("resolved-pronoun"))).toBe(false);
  });
  it("leaves the pronoun alone when the sentence before names other people too", () => {
    const text = 'Kamenev had represented Lenin as speaking of "nepman Russia"; and this slip Stalin attributed to carelessness. He went on to dissociate himself from the doctrine of the party.';
    expect(cardsOf(text).some((c) => c.flags.includes("resolved-pronoun"))).toBe(false);
    const swiss = "In 1933 the Swiss astronomer Fritz Zwicky measured the speeds of galaxies in the Coma Cluster. He called the missing mass dark matter in a paper.";
    expect(cardsOf(swiss).some((c) => c.flags.includes("resolved-pronoun"))).toBe(true);
  });
  it("reads 'it' as the previous sentence's named thing, never an 'it' that anticipates a clause", () => {
    const text = "The satellite COBE, launched by NASA in November 1989, measured the spectrum of the background. It found a temperature of 2.725 kelvin and tiny ripples.";
    expect(cardsOf(text).some((c) => c.front.replace(/\{\{c\d::(.*?)\}\}/g, "$1").startsWith("The satellite COBE found") && c.flags.includes("resolved-pronoun"))).toBe(true);
    const dummy = "The Suez Company paid no dividend in 1874. In November 1875 it became known that the Khedive was seeking a buyer for his shares.";
    expect(cardsOf(dummy).some((c) => c.flags.includes("resolved-pronoun"))).toBe(false);
  });
  it("reads 'they' as a pair of names only", () => {
    const text = "In 1964 Arno Penzias and Robert Wilson were testing a horn antenna at the laboratory. They found a faint hiss that came equally from every direction.";
    expect(qa(text)).toContainEqual(["Who found a faint hiss that came equally from every direction?", "Arno Penzias and Robert Wilson"]);
  });
});

describe("objects that point back", () => {
  it("drops a question about a shell noun and flags a bare definite thing", () => {
    expect(fronts("The debate was long. The question was settled by Edwin Hubble in the end.")).not.toContain("Who settled the question?");
    const flagged = cardsOf("The ball was used by Roger Federer in the final.").find((c) => c.front.startsWith("Who used the ball"));
    expect(flagged?.flags ?? ["needs-context"]).toContain("needs-context");
  });
  it("keeps a thing made specific by a describing word, and reads initials whole", () => {
    const cards = cardsOf("Lynn Margulis studied bacteria and the theory of cells for years. The endosymbiotic theory was proposed by Lynn Margulis in 1967.");
    expect(cards.find((c) => c.front === "Who proposed the endosymbiotic theory, and when?")?.flags).not.toContain("needs-context");
    expect(clozeBacks("The case of the patient known as H.M. showed how separate these memory systems are.")).toContain("H.M.");
    expect(fronts("Thirdly, the length of the gorge, which is seven miles, shows its great age.")).not.toContain("What is thirdly?");
    expect(fronts("In that time the seaward margin advances, according to the engineers of the United States, by about a mile.").some((f) => f.startsWith("What are"))).toBe(false);
  });
  it("gives a bare definite thing the of-phrase it had further back in the chapter", () => {
    const text = "The structure of insulin was a puzzle for decades.\n\nMany tried.\n\nThe structure was determined by Frederick Sanger in 1955.";
    expect(fronts(text)).toContain("Who determined the structure of insulin, and when?");
  });
});

describe("cloze targets", () => {
  it("keeps a two-word Latin species name whole", () => {
    const text = "The enzyme was taken from the hot-spring bacterium Thermus aquaticus, which lives in boiling pools. T. aquaticus grows best at seventy degrees.";
    expect(clozeBacks(text)).toContain("Thermus aquaticus");
    expect(clozeBacks(text)).not.toContain("Thermus");
    expect(clozeBacks("The sailors, according to the Franciscan chronicler Michele da Piazza, bore a virulent disease. The Franciscan friars fled.")).not.toContain("Franciscan chronicler");
    expect(clozeBacks("Each study alone is weak and small. Taken together, however, they point in the same direction for Smith.")).not.toContain("Taken together");
  });
  it("keeps a bracketed part inside a firm's name", () => {
    expect(entities("The work went to Roffey Bros & Nicholls (Contractors) Ltd in the end.").map((e) => e.text)).toContain("Roffey Bros & Nicholls (Contractors) Ltd");
  });
  it("scores a single-word place that only sets the scene, or an office after a copula, below a real name", () => {
    const eng = cardsOf("By the end of the thirteenth century Fountains was the richest Cistercian house in England.").find((c) => c.back === "England");
    expect(eng === undefined || eng.score < 0.55).toBe(true);
    const pm = cardsOf("Lord Palmerston, who was then Prime Minister, regarded the scheme with contempt.").find((c) => c.back === "Prime Minister");
    expect(pm === undefined || pm.score < 0.5).toBe(true);
    const leading = cardsOf("The leading case is Carlill v Carbolic Smoke Ball Company, decided by the Court of Appeal in 1892.").find((c) => c.back === "Carlill v Carbolic Smoke Ball Company");
    expect(leading!.score).toBeGreaterThan(0.6);
  });
  it("takes a unit with its 'per' chain, and no span that counts from an unstated date", () => {
    expect(clozeBacks("Hubble's own value for the constant was about 500 kilometres per second per megaparsec in all.")).toContain("about 500 kilometres per second per megaparsec");
    expect(clozeBacks("He predicted the relation that the astronomer Hubble found two years later in California.")).not.toContain("two years");
  });
  it("reads named terms: a capitalised name whole, a quoted name after the object, no possessive description", () => {
    expect(clozeBacks("Bernard sent them a monk of Clairvaux named Geoffrey of Ainai to instruct them in the customs.")).toContain("Geoffrey of Ainai");
    expect(clozeBacks('Fred Hoyle mockingly called the rival theory the "Big Bang" in a radio talk in 1949.')).toContain("Big Bang");
    expect(clozeBacks("Einstein later called the cosmological constant his biggest blunder in a letter.")).not.toContain("cosmological constant his biggest");
  });
});

describe("questions and answers", () => {
  it("asks a name with 'the' forward too when its description is evaluative", () => {
    const cards = qa("The Federal Reserve is the central bank of the United States, founded in 1913.");
    expect(cards).toContainEqual(["What is the Federal Reserve?", "the central bank of the United States"]);
    expect(cardsOf("The Federal Reserve is the central bank of the United States, founded in 1913.").find((c) => c.front === "What is the Federal Reserve?")?.flags).not.toContain("ambiguous");
  });
  it("accepts an identifying description for a name with 'the'", () => {
    const card = find("The Hanseatic League was the commercial federation of merchant guilds in northern Europe.", "What was the Hanseatic League?");
    expect(card?.back).toBe("the commercial federation of merchant guilds in northern Europe");
    expect(card?.flags).not.toContain("ambiguous");
  });
  it("does not push a long definition below a short cloze", () => {
    const card = cardsOf("An oratorio is a large dramatic work for soloists, chorus and orchestra on a sacred subject, performed in a concert hall without scenery or costumes.")
      .find((c) => c.front === "What is an oratorio?");
    expect(card!.score).toBeGreaterThanOrEqual(0.85);
  });
  it("ends a definition where a clause with its own subject begins", () => {
    expect(qa("The warming house was the only room besides the kitchen in which a fire was allowed, and there the monks might go in winter."))
      .toContainEqual(["What was the warming house?", "the only room besides the kitchen in which a fire was allowed"]);
    expect(qa("St Mary's was a wealthy Benedictine house, and its abbot, Geoffrey, was an old man.")[0]).toEqual(["What was St Mary's?", "a wealthy Benedictine house"]);
  });
  it("defines a term named in passing and a plural term glossed without an article", () => {
    expect(qa("Each unit of the code, called a codon, is a group of three bases.")).toContainEqual(["What is a codon?", "a group of three bases"]);
    expect(qa("Among them were 25 Cepheids, stars that brighten and dim with a regular period of days or weeks."))
      .toContainEqual(["What are Cepheids?", "stars that brighten and dim with a regular period of days or weeks"]);
    expect(fronts("The sources — tax rolls, manorial accounts, registers of the institution of priests to benefices — cover only parts of the population.").some((f) => f.startsWith("What are"))).toBe(false);
    expect(fronts("Most of the calculation was done by the triumvirs, who were fully conscious of their aim.").some((f) => f.startsWith("What are"))).toBe(false);
    expect(fronts("Adenine paired with thymine, held together by hydrogen bonds, gave pairs of exactly the same width.")).not.toContain("What are hydrogen bonds?");
  });
  it("asks a superlative about a person with 'Who', flagged when it has no scope", () => {
    const card = find("The last great builder was Marmaduke Huby, abbot from 1495 to 1526.", "Who was the last great builder?");
    expect(card?.back).toBe("Marmaduke Huby");
    expect(card?.flags).toContain("needs-context");
  });
  it("asks for a date range, a relative 'in that year' and the last verb of a dated passive", () => {
    expect(qa("The chapel was added by Abbot John of Kent between 1220 and 1247 to provide more altars.")).toContainEqual(["Who added the chapel, and when?", "Abbot John of Kent, between 1220 and 1247"]);
    const espec = find("The revival reached England in 1132. In that year the abbey of Rievaulx was founded by Walter Espec.", "Who founded the abbey of Rievaulx, and when?");
    expect(espec?.back).toBe("Walter Espec, 1132");
    expect(espec?.flags).toContain("inferred-date");
    expect(fronts("The abbot, William Thirsk, resisted the commissioners. Thirsk was later implicated in the rising and was executed at Tyburn in 1537.")).toContain("When was Thirsk executed at Tyburn?");
  });
  it("keeps numbers and noun phrases whole in who-did-what, and decades take 'the'", () => {
    expect(qa("Henrietta Swan Leavitt catalogued more than 1,700 variable stars in the Magellanic Clouds.")).toContainEqual(["Who catalogued more than 1,700 variable stars in the Magellanic Clouds?", "Henrietta Swan Leavitt"]);
    expect(fronts("In 1948 Ralph Alpher and George Gamow calculated how the elements were made in the first minutes of a hot, dense universe.").some((f) => f.endsWith("of a hot in 1948?"))).toBe(false);
    expect(qa("In the 1970s Vera Rubin and Kent Ford measured how fast stars orbit in spiral galaxies.")).toContainEqual(["Who measured how fast stars orbit in spiral galaxies in the 1970s?", "Vera Rubin and Kent Ford"]);
  });
  it("answers a surname with the fuller name used earlier", () => {
    expect(qa("Edwin Hubble joined the observatory in 1919. In 1929 Hubble published the law of the receding galaxies.")).toContainEqual(["Who published the law of the receding galaxies in 1929?", "Edwin Hubble"]);
  });
  it("takes a described name as the claim's subject and flags a finding that points back", () => {
    const card = cardsOf("In 1933 the Swiss astronomer Fritz Zwicky measured the speeds of galaxies and found that they were moving far too fast to be held together.")
      .find((c) => c.rule === "claim");
    expect(card?.front).toBe("What did Fritz Zwicky find in 1933?");
    expect(card?.flags).toContain("needs-context");
  });
  it("reads a naming clause after ', and'", () => {
    expect(qa("This proportionality is now known as Hubble's law, and the constant that links speed to distance is called the Hubble constant."))
      .toContainEqual(["What is the constant that links speed to distance called?", "Hubble constant"]);
  });
});

describe("appositions and appointments", () => {
  it("reads a role without an article, a leading term glossed before its verb, and a relative clause inside an apposition", () => {
    expect(qa("In that year the abbey was founded by Walter Espec, lord of Helmsley, for a colony of monks.")).toContainEqual(["Who was Walter Espec?", "lord of Helmsley"]);
    expect(qa("The last great builder was Marmaduke Huby, abbot from 1495 to 1526.")).toContainEqual(["Who was Marmaduke Huby?", "abbot from 1495 to 1526"]);
    expect(qa("Parallax, the small annual shift in a star's apparent position as the Earth moves around the Sun, works only for the nearest stars."))
      .toContainEqual(["What is parallax?", "the small annual shift in a star's apparent position as the Earth moves around the Sun"]);
    expect(qa("Henry Murdac, a Yorkshireman who had been a pupil of St Bernard, succeeded him as abbot in 1144."))
      .toContainEqual(["Who was Henry Murdac?", "a Yorkshireman who had been a pupil of St Bernard"]);
    const cepheids = cardsOf("Among them were 25 Cepheids, stars that brighten and dim with a regular period of days or weeks.").find((c) => c.front === "What are Cepheids?");
    expect(cepheids?.flags).not.toContain("ambiguous");
  });
  it("reads a term with its alias and a gloss, and follows a pronoun back through a cleft", () => {
    expect(qa("The work of their fields was done by lay brothers, or conversi, men who took simple vows and lived apart."))
      .toContainEqual(["What were lay brothers (conversi)?", "men who took simple vows and lived apart"]);
    expect(qa("It was not until 1929 that Edwin Hubble put distances and speeds together. He found that the farther away a galaxy is, the faster it recedes."))
      .toContainEqual(["What did Edwin Hubble find?", "The farther away a galaxy is, the faster it recedes"]);
  });
  it("reads 'was himself elected' and answers a surname with the fuller name", () => {
    expect(qa("Henry Murdac became abbot in 1144. The next year Murdac was himself elected Archbishop of York by the Cistercian party."))
      .toContainEqual(["Who was elected Archbishop of York in 1145?", "Henry Murdac"]);
  });
  it("scores a capitalised word used as an adjective low, but not a people named as a noun", () => {
    const adj = cardsOf("Finding that no Benedictine order would receive them on their own terms, the monks wrote to Clairvaux.").find((c) => c.back === "Benedictine");
    expect(adj === undefined || adj.score < 0.55).toBe(true);
    const noun = cardsOf("The Cistercians differed from the older Benedictines in their way of living as much as in their buildings.").find((c) => c.back === "Benedictines");
    expect(noun!.score).toBeGreaterThan(0.6);
  });
  it("gives a sentence whose subject is a demonstrative phrase its context", () => {
    const text = "Most astronomers believed in a single disc of stars about the Sun. Within thirty years that picture had been overturned twice by new measurements of distance.";
    const cards = cardsOf(text).filter((c) => c.back === "thirty years");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.flags.includes("with-context"))).toBe(true);
  });
  it("gives a sentence whose subject is a shell noun its context", () => {
    const text = "The money was advanced by the house of Rothschild upon the security of the shares. The purchase was completed on the 25th of November, 1875.";
    const cards = cardsOf(text).filter((c) => c.back === "the 25th of November, 1875");
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.flags.includes("with-context"))).toBe(true);
    // A longer sentence holds a fact of its own and is quoted alone.
    const own = cardsOf("The Viceroy objected to the forced labour of the peasants on the works. The dispute was referred to the arbitration of the Emperor Napoleon III, who in July 1864 awarded the company an indemnity of eighty-four millions of francs.")
      .filter((c) => c.back === "July 1864");
    expect(own.some((c) => !c.flags.includes("with-context"))).toBe(true);
  });
  it("gives a short sentence about 'it' its context, or no cloze", () => {
    const cards = cardsOf("He called the missing mass dark matter.\n\nFor forty years few astronomers took it seriously.").filter((c) => c.back === "forty years");
    expect(cards.every((c) => c.flags.includes("with-context"))).toBe(true);
  });
});

describe("residue", () => {
  it("rejects a note number glued to the end of a word", () => {
    const chapter = cleanDocument("A grange was a farm worked by lay brothers. Fountains had twenty of them.").chapters[0];
    const card: GeneratedCard = { kind: "qa", front: "What was a grange?", back: "a farm worked by the lay brothers by the end of the century.3", rule: "definition", score: 0.9, flags: [],
      source: { chapter: 0, chapterTitle: "", page: null, sentence: 0, sentenceIds: [0], span: [0, 1] } };
    expect(validateCard(card, chapter).flags).toContain("markup-residue");
  });
});
