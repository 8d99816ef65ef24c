// Named works and where people worked, as survey chapters in the arts, literature and the history of
// science introduce them: a title in capitals with its year in brackets or a dated participle, the
// maker named in the sentence, by a possessive, or as the subject of the sentences before. Examples
// are from literature, architecture and music, not from the fixtures; each family has a negative.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { legacyCandidateCards as candidateCards } from "@/lib/cards";

const cardsOf = (text: string) => candidateCards(cleanDocument(text).chapters[0]);
const qa = (text: string) => cardsOf(text).filter((c) => c.kind === "qa").map((c) => [c.front, c.back]);

describe("named works", () => {
  it("asks who made a work named with its year", () => {
    expect(qa("In the next generation the poet Anna Akhmatova wrote Requiem (1940) in secret."))
      .toContainEqual(["Who wrote Requiem (1940)?", "Anna Akhmatova"]);
  });
  it("asks which work of a year a possessive names, resolving his or her to the subject before", () => {
    const text = "Charlotte Brontë grew up in the parsonage at Haworth with her sisters. She taught for a time in Brussels.\n\nHer second novel, the book known as Villette (1853), drew on those years.";
    expect(qa(text)).toContainEqual(["Which book by Charlotte Brontë dates from 1853?", "Villette"]);
    expect(qa("Wren rebuilt the City churches after the fire. Wren's great cathedral St Paul's (1710) crowned the work."))
      .toContainEqual(["Which cathedral by Wren dates from 1710?", "St Paul's"]);
  });
  it("asks what someone published in a year given by a participle", () => {
    const text = "Thomas Malthus was a clergyman and an economist. His Essay on the Principle of Population, published in 1798, argued that numbers outrun food.";
    expect(qa(text)).toContainEqual(["What did Thomas Malthus publish in 1798?", "Essay on the Principle of Population"]);
  });
  it("does not guess whose work it is across a heading or without a named subject", () => {
    expect(qa("# One\n\nGeorge Eliot lived in London.\n\n# Two\n\nHis famous novel Middlemarch (1871) followed.").filter(([f]) => f.startsWith("Which"))).toEqual([]);
    expect(qa("The committee met often. Its report The Future of Rail (1963) closed many lines.").filter(([f]) => f.startsWith("Which"))).toEqual([]);
  });
  it("does not read an author-date citation as a work", () => {
    expect(qa("As Smith (1998) and Jones (2004) show, the data are noisy.").filter(([f]) => /^(?:Who|Which)/.test(f))).toEqual([]);
  });
});

describe("where someone worked", () => {
  it("asks where a named person worked, settled or moved, with the year", () => {
    expect(qa("Antonio Vivaldi (1678–1741) worked for most of his career in Venice, at the Ospedale della Pietà."))
      .toContainEqual(["Where did Antonio Vivaldi work?", "Venice"]);
    expect(qa("In 1712 Georg Friedrich Handel settled in London, where he stayed for the rest of his life."))
      .toContainEqual(["Where did Georg Friedrich Handel settle in 1712?", "London"]);
    expect(qa("Joseph Haydn moved to Eisenstadt in 1761 as a court musician."))
      .toContainEqual(["Where did Joseph Haydn move in 1761?", "Eisenstadt"]);
  });
  it("needs a named subject", () => {
    expect(qa("The family moved to Lyon in 1830 when the mill failed.").filter(([f]) => f.startsWith("Where"))).toEqual([]);
    expect(qa("Most of them settled in Ohio.").filter(([f]) => f.startsWith("Where"))).toEqual([]);
  });
});

describe("named acts and events with their year", () => {
  it("asks which act of a year did something, by the name's last word", () => {
    expect(qa("The Factory Act of 1833 banned the employment of children under nine in textile mills."))
      .toContainEqual(["Which act of 1833 banned the employment of children under nine in textile mills?", "the Factory Act"]);
  });
  it("calls a name that is no act or treaty an event", () => {
    expect(qa("The Great Frost of 1709 killed the olive trees of Provence.")).toContainEqual(["Which event of 1709 killed the olive trees of Provence?", "the Great Frost"]);
  });
  it("does not ask a deed cut inside a relative clause", () => {
    expect(qa("The Treaty of Paris of 1763 left Britain a position in which trade, and with it empire, grew.").filter(([f]) => f.startsWith("Which"))).toEqual([]);
  });
});

describe("a pronoun subject that moved or settled", () => {
  it("is read as the named subject of the sentence before", () => {
    expect(qa("Clara Schumann (1819–1896) was born in Leipzig, the daughter of a piano teacher. In 1878 she moved to Frankfurt, where she taught at the conservatory."))
      .toContainEqual(["Where did Clara Schumann move in 1878?", "Frankfurt"]);
  });
});

describe("terms glossed in passing", () => {
  it("reads 'X, the belief/doctrine that ...' and a nominal gloss", () => {
    expect(qa("Many writers accepted the labour theory of value, the doctrine that the worth of a good depends on the work it embodies."))
      .toContainEqual(["What is the labour theory of value?", "the doctrine that the worth of a good depends on the work it embodies"]);
    expect(qa("The planters relied on transhumance, the seasonal movement of herds between lowland and upland pastures, usually in spring."))
      .toContainEqual(["What is transhumance?", "the seasonal movement of herds between lowland and upland pastures"]);
  });
  it("reads a term with its gloss after a colon", () => {
    expect(qa("Gothic builders relied on the flying buttress: an external arch that carries the thrust of a vault to a pier."))
      .toContainEqual(["What is the flying buttress?", "an external arch that carries the thrust of a vault to a pier"]);
  });
  it("asks what the holders of a view held", () => {
    expect(qa("Against them stood the vitalists, who held that living matter obeys laws of its own."))
      .toContainEqual(["What did the vitalists hold?", "That living matter obeys laws of its own"]);
  });
  it("ignores a colon before a clause and a comma before a verb phrase", () => {
    expect(qa("His aim was simple: the king must go at once.").filter(([f]) => f.startsWith("What is"))).toEqual([]);
    expect(qa("Granitic magma is viscous: the silicate chains in it link up and resist flow.").filter(([f]) => f.startsWith("What is"))).toEqual([]);
    expect(qa("The paper ended with a famous understatement: the authors noted that the pairing suggested a copying mechanism.").filter(([f]) => f.startsWith("What is"))).toEqual([]);
    expect(qa("The presumption can be rebutted by evidence: a clause stating that an agreement is binding in honour only will show the intent.").filter(([f]) => f.startsWith("What is"))).toEqual([]);
    expect(qa("The rocks are driven by energy: the internal heat of the Earth, and the energy of the Sun.").filter(([f]) => f.startsWith("What is"))).toEqual([]);
    expect(qa("They walked to the market, the morning being fine and the roads dry.").filter(([f]) => f.startsWith("What is"))).toEqual([]);
  });
});

describe("term clozes after 'called'", () => {
  it("does not blank an adverb of the verb 'called for'", () => {
    const text = "A reformer of this school called instead for cleaning the streets and draining the marshes.";
    expect(cardsOf(text).filter((c) => c.rule === "term-cloze").map((c) => c.back)).toEqual([]);
  });
});

describe("whose work a possessive names", () => {
  it("takes the name apposed to a described subject, not the description", () => {
    const text = "Another Leiden painter, Gerrit Dou, specialised in small, highly finished panels. His Young Mother (1658) was bought by the States of Holland.";
    const cards = qa(text).filter(([f]) => f.startsWith("Which"));
    expect(cards).toContainEqual(["Which work by Gerrit Dou dates from 1658?", "Young Mother"]);
    expect(cards.filter(([f]) => f.includes("Another"))).toEqual([]);
  });
});

describe("terms defined by a dash", () => {
  it("reads a gloss between dashes after the term, and after a dash at the end", () => {
    expect(qa("Sfumato — the soft blending of tones without hard outlines — gives the portrait its haze."))
      .toContainEqual(["What is sfumato?", "the soft blending of tones without hard outlines"]);
    expect(qa("The court orchestra became famous for one effect above all, the Mannheim roller — a long crescendo over a repeated bass figure."))
      .toContainEqual(["What is the Mannheim roller?", "a long crescendo over a repeated bass figure"]);
  });
  it("defines a common term in the present whatever the tense of the sentence", () => {
    expect(qa("Palaeomagnetism — the record of the Earth's past magnetic field preserved in rocks — supplied the proof."))
      .toContainEqual(["What is palaeomagnetism?", "the record of the Earth's past magnetic field preserved in rocks"]);
  });
  it("ignores an aside between dashes", () => {
    expect(qa("The war — which lasted three years — ended in stalemate. Vermeer — unlike Rembrandt — painted slowly.").filter(([f]) => /^What (?:is|was)/.test(f))).toEqual([]);
  });
});

describe("works named with their maker in the same sentence", () => {
  it("takes the subject of the sentence as the owner, and a genre with its number as the kind", () => {
    const cards = qa("In 1804 Beethoven completed his Symphony No. 3, the Eroica (1804), which he had first dedicated to Napoleon.");
    expect(cards).toContainEqual(["Which symphony by Beethoven dates from 1804?", "Eroica"]);
    // Not half a title cut at the dot of "No.".
    expect(cards.filter(([f]) => /\bNo\?$/.test(f))).toEqual([]);
    expect(qa("Jane Austen lived in Hampshire. In her Pride and Prejudice (1813), Austen turned the marriage plot into comedy."))
      .toContainEqual(["Which work by Austen dates from 1813?", "Pride and Prejudice"]);
  });
  it("defines a work named with its year, and reads no owner inside a title", () => {
    const cards = qa("The Rake's Progress (1951) is an opera in three acts by Igor Stravinsky to a libretto by W. H. Auden.");
    expect(cards).toContainEqual(["What is the Rake's Progress?", "an opera in three acts by Igor Stravinsky to a libretto by W. H. Auden"]);
    expect(cards.filter(([f]) => f.includes("by The Rake"))).toEqual([]);
  });
});

describe("literature survey shapes", () => {
  it("reads a dash gloss before an irregular verb, and a term someone used to describe something", () => {
    expect(qa("The Byronic hero — a proud, moody outsider haunted by some secret guilt — became a type imitated across Europe."))
      .toContainEqual(["What was the Byronic hero?", "a proud, moody outsider haunted by some secret guilt"]);
    expect(qa("Keats used the term negative capability to describe a poet's capacity to remain in uncertainty."))
      .toContainEqual(['What does the term "negative capability" describe?', "a poet's capacity to remain in uncertainty"]);
  });
  it("asks where someone settled when the place is followed by its region", () => {
    expect(qa("William Wordsworth settled at Grasmere in the Lake District in 1799, and he lived there for the rest of his life."))
      .toContainEqual(["Where did William Wordsworth settle in 1799?", "Grasmere"]);
  });
  it("takes no owner from a possessive met only once, which may belong to the title", () => {
    expect(qa("Lord Byron became famous overnight with Childe Harold's Pilgrimage (1812).").filter(([f]) => f.startsWith("Which"))).toEqual([]);
  });
});

describe("music-history shapes (written from the kinds of fact missed, not from any fixture)", () => {
  it("asks where someone spent part of a life, settled with an adverb, or held a post", () => {
    expect(qa("Johann Sebastian Bach spent the last twenty-seven years of his life in Leipzig, as cantor of St Thomas's."))
      .toContainEqual(["Where did Johann Sebastian Bach spend the last twenty-seven years of his life?", "Leipzig"]);
    expect(qa("In 1712 George Frideric Handel settled permanently in London."))
      .toContainEqual(["Where did George Frideric Handel settle in 1712?", "London"]);
    expect(qa("Joseph Haydn took up the post of Kapellmeister at Eszterháza in 1766."))
      .toContainEqual(["Where did Joseph Haydn become Kapellmeister in 1766?", "Eszterháza"]);
    expect(qa("Franz Liszt became famous in Paris in the 1830s.").filter(([f]) => f.startsWith("Where"))).toEqual([]);
  });
  it("reads a translated title, a year range and a catalogue number in a work's brackets", () => {
    expect(qa("Mozart's The Marriage of Figaro (Le nozze di Figaro, 1786) was written with Lorenzo Da Ponte. Mozart died in Vienna."))
      .toContainEqual(["Which work by Mozart dates from 1786?", "The Marriage of Figaro"]);
    expect(qa("Ludwig van Beethoven began a new symphony in 1803. His Third Symphony, the Eroica (1803–4), was first dedicated to Napoleon."))
      .toContainEqual(["Which symphony by Ludwig van Beethoven dates from 1803?", "Eroica"]);
    expect(qa("Arcangelo Corelli worked in Rome. His Concerti grossi, Op. 6 (published 1714), became models for a generation."))
      .toContainEqual(["Which work by Arcangelo Corelli dates from 1714?", "Concerti grossi, Op. 6"]);
  });
  it("asks what a foreign term means when its translation is given", () => {
    expect(qa("North German composers cultivated the empfindsamer Stil (German for 'sensitive style'), full of sudden shifts of mood."))
      .toContainEqual(['What does "empfindsamer Stil" mean?', '"sensitive style"']);
    expect(qa('Leonardo perfected sfumato, meaning "smoky", in his late portraits.')).toContainEqual(['What does "sfumato" mean?', '"smoky"']);
    expect(qa('The crowd shouted, "Long live the king", and dispersed.').filter(([f]) => f.includes("mean"))).toEqual([]);
  });
});

describe("a copular definition ends before a new clause after a dated opening", () => {
  it("cuts ', and in 1852 he published ...' from the gloss", () => {
    const cards = qa("Snow knew William Farr well. Farr was a statistician who had built the system of recording causes of death in England, and in 1852 he published a report on cholera.");
    expect(cards).toContainEqual(["Who was Farr?", "a statistician who had built the system of recording causes of death in England"]);
  });
  it("asks what the dated report in the cut clause showed, named by the sentence's subject", () => {
    const cards = qa("Snow knew William Farr well. Farr was a statistician who had built the system of recording causes of death in England, and in 1852 he published a report showing that cholera mortality fell as the elevation of a district rose.");
    expect(cards).toContainEqual(["What did Farr's report of 1852 show?", "Cholera mortality fell as the elevation of a district rose"]);
  });
});

describe("a possessed work with its genus", () => {
  it("defines the work as well as dating it", () => {
    const cards = qa("Percy Bysshe Shelley moved to Italy in 1818. His Prometheus Unbound (1820) is a lyrical drama in four acts.");
    expect(cards).toContainEqual(["Which work by Percy Bysshe Shelley dates from 1820?", "Prometheus Unbound"]);
    expect(cards).toContainEqual(["What is Percy Bysshe Shelley's Prometheus Unbound?", "a lyrical drama in four acts"]);
  });
});

describe("architecture-survey shapes", () => {
  it("dates a named subject by the participle that opens its sentence", () => {
    expect(qa("Completed in 1889 for the Paris Exposition, the Eiffel Tower showed what iron could do."))
      .toContainEqual(["When was the Eiffel Tower completed?", "1889"]);
  });
  it("asks where someone settled in a relative clause, or emigrated to a place with 'the'", () => {
    expect(qa("Le Corbusier, who settled in Paris in 1917, set out his principles in 1926.")).toContainEqual(["Where did Le Corbusier settle in 1917?", "Paris"]);
    expect(qa("Walter Gropius emigrated to the United States in 1937.")).toContainEqual(["Where did Walter Gropius emigrate in 1937?", "United States"]);
  });
  it("reads a possessed work with a descriptor and a dated participle, and a genus after a locative", () => {
    expect(qa("Antoni Gaudí worked in Barcelona. Gaudí's masterpiece, the Sagrada Família, begun in 1882, is still unfinished."))
      .toContainEqual(["What did Gaudí begin in 1882?", "Sagrada Família"]);
    expect(qa("Louis Sullivan coined a famous phrase. His Wainwright Building (1891) in St Louis is an early steel-framed skyscraper."))
      .toContainEqual(["What is Louis Sullivan's Wainwright Building?", "an early steel-framed skyscraper"]);
  });
  it("does not take a name after 'The' for a bare common noun", () => {
    const cards = cardsOf("The Bauhaus, a school of art and design founded by Walter Gropius in Weimar in 1919, taught that craft and industry should be united.");
    const card = cards.find((c) => c.front === "What is the Bauhaus?");
    expect(card?.flags ?? []).not.toContain("needs-context");
  });
});

describe("coined terms and styles known by a name", () => {
  it("asks who coined a quoted phrase, or a term glossed as coined by someone", () => {
    expect(qa('In Chicago the architect Louis Sullivan coined the phrase "form follows function" in 1896.'))
      .toContainEqual(['Who coined the phrase "form follows function" in 1896?', "Louis Sullivan"]);
    expect(qa("The International Style, a term coined by Henry-Russell Hitchcock and Philip Johnson, described flat-roofed buildings."))
      .toContainEqual(['Who coined the term "International Style"?', "Henry-Russell Hitchcock and Philip Johnson"]);
  });
  it("asks what a style known by a name was called, with what it did and when", () => {
    expect(qa("Around 1890 a decorative style known as Art Nouveau spread across Europe."))
      .toContainEqual(["What was the decorative style that spread across Europe around 1890 called?", "Art Nouveau"]);
  });
  it("defines a plural term whose genus starts with an -er adjective, but not a comparison", () => {
    expect(qa("Pilotis are slender columns that lift a building off the ground.")).toContainEqual(["What are pilotis?", "slender columns that lift a building off the ground"]);
    expect(qa("Giant stars are larger than dwarfs in every respect.").filter(([f]) => f.startsWith("What are"))).toEqual([]);
  });
});

describe("philosophy-survey shapes", () => {
  it("reads a work that opens the sentence with its author as the subject, and an owner with life dates", () => {
    expect(qa("In the Critique of Pure Reason (1781) Kant argued that space and time are forms of intuition."))
      .toContainEqual(["Which work by Kant dates from 1781?", "Critique of Pure Reason"]);
    expect(qa("John Locke (1632–1704) argued in his Essay Concerning Human Understanding (1690) that the mind is a blank slate."))
      .toContainEqual(["Which work by John Locke dates from 1690?", "Essay Concerning Human Understanding"]);
  });
  it("asks where someone taught in a relative clause with a span of time", () => {
    expect(qa("Immanuel Kant, who taught at Königsberg for his whole career, never travelled far."))
      .toContainEqual(["Where did Immanuel Kant teach?", "Königsberg"]);
  });
  it("defines a term by 'one that ...'", () => {
    expect(qa("A synthetic a priori judgement is one that extends our knowledge yet is known independently of experience."))
      .toContainEqual(["What is a synthetic a priori judgement?", "one that extends our knowledge yet is known independently of experience"]);
  });
});

describe("Victorian-novel shapes", () => {
  it("takes an owner whose surname the chapter names elsewhere", () => {
    expect(qa("The Brontë sisters grew up at Haworth. Emily Brontë's only novel, Wuthering Heights (1847), was thought coarse."))
      .toContainEqual(["Which novel by Emily Brontë dates from 1847?", "Wuthering Heights"]);
  });
  it("does not call a relation to a named person vague", () => {
    const card = cardsOf("George Eliot was the pen name of Mary Ann Evans.").find((c) => c.back === "the pen name of Mary Ann Evans");
    expect(card?.flags ?? ["missing"]).not.toContain("ambiguous");
  });
  it("reads a place of three words, and a place followed by 'with'", () => {
    expect(qa("Charles Dickens moved to Gad's Hill Place in Kent in 1857.")).toContainEqual(["Where did Charles Dickens move in 1857?", "Gad's Hill Place"]);
    expect(qa("George Eliot lived in London with the critic George Henry Lewes from 1854.")).toContainEqual(["Where did George Eliot live?", "London"]);
  });
});

describe("a process or practice called by a name", () => {
  it("asks for the name of what the clause before describes", () => {
    expect(qa("In 1962 Harry Hess argued that new ocean floor forms at the ridges and spreads outward, a process now called sea-floor spreading."))
      .toContainEqual(["What is the process by which new ocean floor forms at the ridges and spreads outward called?", "sea-floor spreading"]);
    expect(qa("Somatic cells divide into two identical daughter cells, a process called mitosis."))
      .toContainEqual(["What is the process by which somatic cells divide into two identical daughter cells called?", "mitosis"]);
  });
  it("keeps a relative 'that' inside the subject and drops a sentence adverb", () => {
    expect(qa("Genes that lie close together on the same chromosome tend to be inherited together, a phenomenon called linkage."))
      .toContainEqual(["What is the phenomenon by which genes that lie close together on the same chromosome tend to be inherited together called?", "linkage"]);
    expect(qa("First, the weight of overlying layers squeezes the grains together, a process called compaction."))
      .toContainEqual(["What is the process by which the weight of overlying layers squeezes the grains together called?", "compaction"]);
  });
  it("needs a clause with a subject of its own", () => {
    expect(qa("It spread quickly, a process called contagion.").filter(([f]) => f.includes("by which"))).toEqual([]);
  });
});

describe("named concepts and aliased terms with what they do", () => {
  it("asks what an eponymous concept asks, holds or divides", () => {
    expect(qa("Hume's problem of induction asks how we can justify inferring unobserved cases from observed ones."))
      .toContainEqual(["What does Hume's problem of induction ask?", "how we can justify inferring unobserved cases from observed ones"]);
    expect(qa("Hume's fork divides all knowledge into relations of ideas and matters of fact."))
      .toContainEqual(["What does Hume's fork divide?", "all knowledge into relations of ideas and matters of fact"]);
    expect(qa("Smith's book describes the market in detail.").filter(([f]) => f.startsWith("What does Smith"))).toEqual([]);
  });
  it("asks what a term with its alias does", () => {
    expect(qa("The bildungsroman, or novel of education, traces the growth of a protagonist from youth to maturity."))
      .toContainEqual(["What does the bildungsroman (novel of education) trace?", "the growth of a protagonist from youth to maturity"]);
  });
});

describe("who or what did it", () => {
  it("asks 'What' for a subject the chapter mostly writes in lower case", () => {
    const text = "Snow wrote On the Spread of Cholera for the society. Many feared cholera above all. Cholera reached Britain for the first time in the autumn of 1831, arriving at Sunderland. The cholera of the towns was worse, and cholera killed thousands.";
    expect(qa(text)).toContainEqual(["What reached Britain for the first time in the autumn of 1831?", "Cholera"]);
  });
});
