// Book chapters from OCR'd Markdown or plain text: layout detection plus general rules.
// cleanDocument -> chapters with cleaned text, paragraphs, sentences (with pages and offsets) and
// footnotes (with page, number and where they were cited).
import type { CleanChapter, CleanDocument, LayoutReport } from "./types";
import { normalizeDocument, toBlocks, type Block } from "./blocks";
import { readToc } from "./toc";
import { segmentChapters, type Segment } from "./segment";
import { documentTitle, fileTitle } from "./title";
import { findAcronyms } from "./title-case";
import { runningHeadDetector, splitGluedHeads } from "./furniture";
import { assembleChapter } from "./assemble";
import { finalizeChapter } from "./finalize";
import { wordStats, type WordStats } from "./hyphen";
import { convertEndnotes } from "./endnotes";
import { attachNoteGroups, shareFinalNotes } from "./note-groups";
import { convertBareNotes } from "./bare-notes";
import { convertBracketNotes, liftBracketRuns } from "./bracket-notes";
import { convertGluedNumbers } from "./glued-numbers";
import { convertEditorialNumbers } from "./editorial-numbers";
import { dropOutOfSequencePages } from "./page-sequence";
import { marginalGlosses } from "./glosses";
import { returnGatheredNotes, returnStrayNotes } from "./stray-notes";
import { liftSideNotes, measureOf } from "./side-notes";
import { repairOcrWords } from "./ocr-words";
import { repairFunctionWords } from "./ocr-function-words";
import { repairLongS } from "./long-s";
import { lowerOpeningCapitals } from "./opening";
import { restoreGluedCompounds } from "./glued-compounds";
import { markTextTables } from "./text-tables";
import { splitRunInHeadings, unwrapBoldLines } from "./plain-markup";
import { liftBracketMarginalia } from "./bracket-marginalia";
import { linkStarMarkers } from "./star-markers";
import { convertParenStarLines, convertParenStarNotes } from "./paren-star-notes";
import { convertBracketedSignNotes } from "./bracketed-sign-notes";
import { readScriptMarkup } from "./script-markup";
import { repeatingNoteNumbers } from "./note-number-runs";
import { markDisplayLines } from "./display-lines";
import { dropSignatures } from "./signatures";
import { convertCatchWordFeet } from "./catch-words";
import { dropSectionNumbers } from "./section-numbers";
import { splitSignedRunInHeads } from "./signed-run-in-heads";
import { dropCreditParagraphs } from "./credit-lines";
import { readTextbookHeads } from "./textbook-heads";
import { sectionNumberLines } from "./section-number-lines";
import { repairFormulaZeros } from "./formula-zeros";
import { dropFigureLabels } from "./figure-labels";
import { dropStrayTails } from "./stray-tails";
import { liftTailNotes } from "./tail-notes";
import { liftLeadGlosses } from "./lead-glosses";
import { liftTopicalHeads } from "./topical-heads";
import { joinDropCapitals } from "./drop-capitals";
import { bracketParenNotes } from "./paren-notes";
import { indentsParagraphs } from "./indented-paragraphs";
import { markVerse } from "./verse";
import { markForeignQuotations } from "./foreign-quotes";
import { fileInlineFootnotes } from "./inline-footnotes";
import { gatherChapterNotes } from "./chapter-notes";
import { closeUpLetterSpacing } from "./letter-spacing";
import { dropReferenceNumbers } from "./reference-numbers";
import { dropParenPageNumbers } from "./paren-pages";
import { readPrintConventions } from "./print-conventions";
import { convertStarNotes } from "./star-notes";
import { joinTwoLineHeadings } from "./two-line-headings";
import { joinFigureParts } from "./illustrations";
import { stackedHeads } from "./stacked-heads";
import { markApparatus } from "./apparatus";
import { markLetterFurniture } from "./letter-furniture";
import { envSwitch, processEnv, type Env } from "@/lib/util/env-switch";
import { restoreSmallCapitalInitials } from "./small-capitals-case";
import { markScanCaptions } from "./scan-captions";
import { markStudyQuestions } from "./study-questions";
import { lowerCapitalsPhrases, lowerCapitalsSentences } from "./capitals-emphasis";
import { liftMarginYears } from "./margin-years";
import { liftMarginNumbers } from "./margin-numbers";
import { raiseGluedSuperiors } from "./glued-superiors";
import { readNoteColumns } from "./note-columns";
import { repairC1Punctuation } from "./decode";
import { joinSplitWords } from "./split-words";
import { splitColumnNumbers } from "./column-numbers";
import { unwrapScriptTags } from "./script-tags";
import { markBlockQuotes } from "./block-quotes";
import { readFootFolios } from "./foot-folios";
import { readSectionTitles, readSignedSectionTitles, dropAudienceNotes } from "./section-titles";
import { splitEpigraph } from "./epigraphs";
import { markPageTops, readPageMarkers } from "./page-markers";
import { dropHeadRules } from "./head-rules";
import { readDashRuleNotes } from "./dash-rule-notes";
import { readDashHyphens } from "./dash-hyphens";
import { readBraceNotes } from "./brace-notes";
import { splitShortLineParagraphs } from "./short-line-breaks";

export type { CleanChapter, CleanDocument, Sentence, Footnote, Paragraph, LayoutReport } from "./types";
export { splitSentences } from "./sentences";
export { decodeUpload } from "./decode";

/**
 * `title` is the title the file itself records (an EPUB's package, a web page's head): it names the
 * document when the text shows no title of its own, before the file name does.
 */
export function cleanDocument(raw: string, opts: { filename?: string; title?: string | null; env?: Env } = {}): CleanDocument {
  // LECTERN_ITALIC_CAPITALS=1: single words and comma-parted runs in capitals written in ordinary case
  // (capitals-emphasis.ts; off: it cost accepted cards, docs/card-generator.md session 19 clean19a).
  const italicCapitals = envSwitch(opts.env ?? processEnv(), "LECTERN_ITALIC_CAPITALS");
  // Before all else, while the page breaks (form feeds) are still there: a left-margin gloss's words at
  // the starts of lines, and a page's topical head in capitals, would be read as the text's own.
  // First of all, soft hyphens at line ends and section marks in the margin (print-conventions.ts).
  // (Windows-1252 quotes and dashes left as C1 controls by a wrong decoding read as what they were.)
  // A library export's machine line opening each page ("## p. 49 (#73) ####"): a page turn and its folio.
  const markers = readPageMarkers(raw.replace(/\r\n?/g, "\n"));
  const headRules = dropHeadRules(markers.text); // a row of underscores under a page's running head
  const dashRules = readDashRuleNotes(headRules.text); // "——————" over "  1 A note…" at a page's foot: a footnote rule
  const dashCuts = readDashHyphens(dashRules.text); // "ulti—" / "mate": a line-end hyphen OCR read as a dash
  const braceNotes = readBraceNotes(dashCuts.text); // "health. {3}" over "FOOTNOTES:" / "{3} With…": a note's cue, no page
  const scripts = readScriptMarkup(repairC1Punctuation(braceNotes.text)); // "CO_{2}", "x^{3}": before "{2}" reads as a page mark
  // A foot line of running title and folio ("BOOK V. CHAP. IV.    cccxli"), page by page likewise.
  const footFolios = readFootFolios(scripts.text);
  // Years in the outer margin (annals), page by page while the form feeds still part the pages.
  const marginYears = liftMarginYears(footFolios.text);
  // Section numbers in the outer margin (a classic's traditional sections), likewise page by page.
  const marginNumbers = liftMarginNumbers(marginYears.text);
  // Footnotes set in two columns, read across by the reader: read column by column, page by page.
  // Note figures OCR read as digits glued to words ("the ford;1"), page by page against the page's notes.
  const superiors = raiseGluedSuperiors(marginNumbers.text);
  const noteColumns = readNoteColumns(superiors.text);
  const printed = readPrintConventions(noteColumns.text);
  const leads = liftLeadGlosses(printed.text);
  const topical = liftTopicalHeads(leads.text);
  const scriptTags = unwrapScriptTags(normalizeDocument(topical.text)); // "[Greek: polis]": the transcriber's tag round the word
  // Notes under "Footnotes to Chapter 1" first: written as "[Footnote 1: …]" for the Gutenberg note handling.
  const chapterNotes = gatherChapterNotes(scriptTags.text);
  const inlineNotes = fileInlineFootnotes(chapterNotes.text);
  const marginalia = liftBracketMarginalia(inlineNotes.text);
  // Letter-spaced capitals closed up first: every later pass reads them as words ("T H E" -> "THE").
  const spaced = closeUpLetterSpacing(marginalia.text);
  // First: a right-margin note's words at the ends of lines would be read as the lines' own.
  const tails = liftTailNotes(spaced.text);
  const dropCaps = joinDropCapitals(tails.text);
  const normalized = dropCaps.text;
  // Glyph confusions are repaired in hard-wrapped plain text (OCR of a page), not in converted Markdown.
  // The long s read as "f" ("faid") is repaired in any text that shows it, before the other confusions.
  const longS = repairLongS(normalized);
  // (Lines of a page, or of a column as narrow as 20 characters: a two-column scan read column by column.)
  const ocr = measureOf(normalized.split("\n").map((l) => l.trim().length).filter((n) => n > 0), 20) !== null ? repairOcrWords(longS.text) : null;
  const words = ocr ? repairFunctionWords(ocr.text) : null; // "aud", "arid the", "to bo": misreadings that are words
  const split = words ? joinSplitWords(words.text) : null; // "gene ral": a word OCR broke at a wide letter gap
  const compounds = restoreGluedCompounds(split?.text ?? words?.text ?? ocr?.text ?? longS.text);
  // "tHE FACTORY SYSTEM": a large initial read small, in a scan's text only ("the iOS SDK" is written so).
  const smallCaps = ocr ? restoreSmallCapitalInitials(compounds.text) : { text: compounds.text, count: 0 };
  const doc = smallCaps.text;
  const columns = splitColumnNumbers(markPageTops(toBlocks(doc), markers.count)); // "102" / "the outer pier…": a folio's column number over the column's first line
  const captions = markScanCaptions(columns.blocks); // first: a caption's "IN 1835." is no page number
  const figureParts = joinFigureParts(captions.blocks); // an illustration's caption and key over several blocks are the figure's
  const feet = convertCatchWordFeet(figureParts.blocks); // first: "12   millions," is a page's foot, not a line of text
  const signatures = dropSignatures(feet.blocks); // before the side-notes: a lone letter at a page foot is none
  const tables = markTextTables(unwrapBoldLines(signatures.blocks)); // first: a table's "10 }" is no page number, its lines no side-notes
  const verse = markVerse(tables.blocks); // before the side-notes: a stanza's lines are short and set in too
  const display = markDisplayLines(verse.blocks); // before the side-notes: "p1 = p" is short and set in too
  const quotes = markBlockQuotes(display.blocks); // a quotation set in as a block: another writer's voice, not the author's
  const sideNotes = liftSideNotes(splitGluedHeads(quotes.blocks));
  const shortBreaks = splitShortLineParagraphs(sideNotes.blocks); // "…cannot imagine." / "The best mode…": a lost paragraph break
  const bare = convertBareNotes(shortBreaks.blocks);
  const starred = linkStarMarkers(bare.blocks);
  const signNotes = convertBracketedSignNotes(starred.blocks); // "(*) A note…" after "destroyed.(*)"
  const parenStarNotes = convertParenStarNotes(signNotes.blocks);
  const parenStars = convertParenStarLines(parenStarNotes.blocks); // "(* A note.)" under its paragraph
  const starNotes = convertStarNotes(parenStars.blocks); // "* A maxim is…" after the paragraph citing it "maxim * that"
  const parenNotes = bracketParenNotes(starNotes.blocks); // "(1)" notes and markers as "[1]" for the bracket pass
  const bracketed = convertBracketNotes(parenNotes.blocks);
  // After the notes found in the file have claimed their glued numbers: the rest have no note here.
  // A classical text's edition numbers ("[314a]") first: "[12]" page marks are counted on what remains.
  const references = dropReferenceNumbers(bracketed.blocks);
  const editorial = convertEditorialNumbers(references.blocks);
  const parenPages = dropParenPageNumbers(editorial.blocks); // "(92)": a printed edition's pages, kept in an e-text's sentences
  const bracketRuns = liftBracketRuns(parenPages.blocks); // after the printed-edition page marks have gone
  const glued = convertGluedNumbers(bracketRuns.blocks);
  const paged = dropOutOfSequencePages(glued.blocks);
  const sectioned = sectionNumberLines(paged.blocks); // "2", "3"… between paragraphs of an essay: sections, not pages
  const blocks = sectioned.blocks;
  const stats = wordStats(doc);
  const toc = readToc(blocks);
  const acronyms = findAcronyms(doc);
  let segments = attachNoteGroups(segmentChapters(blocks, toc, "Untitled chapter", acronyms));
  for (const s of segments) s.title = withoutNoteMarker(s.title);
  returnStrayNotes(segments);
  returnGatheredNotes(segments); // two chapters' notes gathered after the last: each to the chapter citing it
  shareFinalNotes(segments);
  // (Prose kept from before the first heading is no chapter of its own heading: the title is looked for above that heading.)
  const headed = segments.filter((s) => !s.leading);
  const firstChapter = headed.length > 1 || headed[0]?.number !== null ? blocks.indexOf(headed[0]?.blocks[0]) - 1 : -1;
  const found = documentTitle(raw, blocks, firstChapter, acronyms);
  // A document with no title of its own but a single titled chapter (an essay, a chapter cut out
  // of a book) is known by that chapter's title: a file name is a machine's name for it, and so the
  // last resort, after the title the file records.
  const onlyTitle = headed.length === 1 && headed[0].title !== "Untitled chapter" ? headed[0].title : null;
  const ownTitle = (found && withoutNoteMarker(found)) ?? onlyTitle ?? (opts.title || null);
  // (A file name is a machine's slug, "pd some book ch8 11": a document of several titled chapters is
  // known by its first chapter's title, or by none when that is a synopsis, "The plan laid down—Small
  // hope of…—The first objection…": two dashes or more.)
  const firstTitle = headed.length > 1 && headed[0].title !== "Untitled chapter" ? headed[0].title : null;
  const title = ownTitle ?? fileTitle(opts.filename);
  const docTitle = ownTitle ?? (firstTitle && title ? (/—.*—/.test(firstTitle) ? null : firstTitle) : title);
  // An untitled chapter takes the document's title; when the document has none but its file name,
  // the chapter's own heading ("Book III, Chapter I") names it better.
  for (const s of segments) if (s.title === "Untitled chapter") s.title = (!ownTitle && s.heading) || title || s.title;
  const isRunningHead = runningHeadDetector(blocks, [...segments.map((s) => s.title), ...(title ? [title] : [])]);
  const layout: LayoutReport = {
    format: blocks.some((b) => b.kind === "heading" && (b.level ?? 7) < 7) || /<sup>|\*\*|\[\^/.test(doc) ? "markdown" : "plain",
    hasSupMarkers: /<sup>/i.test(doc), hasFootnoteBlocks: blocks.some((b) => b.kind === "footnote"), hasEndnotes: false,
    hasRunningHeads: false, hasPageNumbers: blocks.some((b) => b.kind === "pagenum"), hyphenationRepairs: 0, notes: [],
  };
  layout.notes.push(...printed.notes);
  if (markers.count) layout.notes.push(`${markers.count} machine page marker line(s) ("## p. 49 (#73) ####") read as page turns, their page numbers kept`);
  if (dashCuts.count) layout.notes.push(`${dashCuts.count} line-end hyphen(s) read as em dashes ("ulti—" / "mate") taken for hyphens`);
  if (braceNotes.count) layout.notes.push(`${braceNotes.count} note cue(s) in braces ("{3}") with their notes under a notes head read as note cues, not pages`);
  if (dashRules.count) layout.notes.push(`${dashRules.count} footnote(s) under a rule of dashes at a page's foot read as notes${dashRules.runOvers ? `, ${dashRules.runOvers} run-over(s) from the next page's foot moved back to them` : ""}`);
  if (headRules.count) layout.notes.push(`${headRules.count} head rule(s) (a row of underscores under a page's running head) dropped as page furniture`);
  if (footFolios.count) layout.notes.push(`${footFolios.count} page foot line(s) of a running title and a folio ("BOOK I.   xlii") read as page numbers, the title dropped`);
  if (longS.repairs) layout.notes.push(`${longS.repairs} long s read as "f" repaired ("faid" -> "said")`);
  if (ocr?.repairs) layout.notes.push(`${ocr.repairs} OCR misreading(s) repaired ("rn" for "m", "1" for "l"...)`);
  if (words?.repairs) layout.notes.push(`${words.repairs} misread short word(s) repaired where the grammar allows one reading ("aud" -> "and", "to bo" -> "to be")`);
  if (split?.count) layout.notes.push(`${split.count} word(s) OCR broke at a wide letter gap joined ("gene ral" -> "general")`);
  if (split?.lineEnds) layout.notes.push(`${split.lineEnds} word(s) cut at a line end whose hyphen the OCR lost joined ("reli" / "gion" -> "religion")`);
  if (compounds.repairs) layout.notes.push(`${compounds.repairs} compound(s) given back the hyphen a line end had dropped ("wellmade" -> "well-made")`);
  if (smallCaps.count) layout.notes.push(`${smallCaps.count} large initial(s) of a head in small capitals read as small letters put back ("tHE" -> "THE")`);
  if (captions.count) layout.notes.push(`${captions.count} figure caption(s) (a centred title in capitals and its source line) kept out of the text`);
  if (figureParts.count) layout.notes.push(`${figureParts.count} block(s) of an illustration's caption or key (set over blank lines, or lettered legend lines under a figure) kept out of the text`);
  if (tables.count) layout.notes.push(`${tables.count} text table(s) (ruled, dotted leaders or columns) kept out of the sentences`);
  if (verse.count) layout.notes.push(`${verse.count} block(s) of verse quoted in the text (set in, every line capitalised) kept out of the sentences`);
  if (display.pictures) layout.notes.push(`${display.pictures} picture placeholder(s) ("Fig. 3: file fig03.gif") kept out of the text, equations among them marked "[equation]" inside their sentences`);
  if (display.formulas) layout.notes.push(`${display.formulas} equation(s) written on lines of their own kept out of the sentences unless a sentence runs through them`);
  if (chapterNotes.notes) layout.notes.push(`${chapterNotes.notes} note(s) under ${chapterNotes.sections} "Footnotes to Chapter N" heading(s) filed as the chapter's notes`);
  if (inlineNotes.count) layout.notes.push(`${inlineNotes.count} note(s) written inside the paragraph ("[Footnote: …]") filed as footnotes`);
  if (marginalia.sidenotes) layout.notes.push(`${marginalia.sidenotes} bracketed side-note(s) ("[Sidenote: ...]") lifted out of the text${marginalia.subheads ? `, ${marginalia.subheads} of them set between paragraphs kept as sub-headings of the paragraph after them` : ""}`);
  if (marginalia.transcriberNotes) layout.notes.push(`${marginalia.transcriberNotes} transcriber's note(s) lifted out of the text`);
  if (marginalia.corrections) layout.notes.push(`${marginalia.corrections} transcriber's correction(s) of one word put in place of the misprint before it`);
  if (spaced.count) layout.notes.push(`${spaced.count} line(s) of letter-spaced capitals closed up ("T H E   E N D" -> "THE END")`);
  if (dropCaps.count) layout.notes.push(`${dropCaps.count} drop capital(s) joined to the words they begin ("T HE" -> "THE")`);
  if (leads.glosses.length) layout.notes.push(`${leads.glosses.length} left-margin gloss(es) (words set before the lines they stand beside) lifted out of the text, ${leads.pages} page(s) moved back to the margin`);
  if (topical.heads.length) layout.notes.push(`${topical.heads.length} topical running head(s) in capitals at page tops dropped`);
  if (tails.notes.length) layout.notes.push(`${tails.notes.length} right-margin side-note(s) (words set after the lines they stand beside) lifted out of the text`);
  if (tails.numbers) layout.notes.push(`${tails.numbers} right-margin number(s) (section or line numbers after the lines) removed from the text`);
  if (superiors.count) layout.notes.push(`${superiors.count} note figure(s) read as digits glued to words given back as raised figures ("word1" -> "word¹")`);
  if (marginNumbers.numbers.length) layout.notes.push(`${marginNumbers.numbers.length} section number(s) printed in the outer margin lifted out of the text${marginNumbers.shifted ? ` (${marginNumbers.shifted} page(s) set in moved back to the edge)` : ""}`);
  if (marginYears.years.length) layout.notes.push(`${marginYears.years.length} year(s) printed in the outer margin lifted out of the text${marginYears.entries ? ` (${marginYears.entries} entry line(s) beside one set as new paragraphs)` : ""}${marginYears.dated ? `, ${marginYears.dated} kept at the head of a chronology's entries ("827 …")` : ""}`);
  if (noteColumns.blocks) layout.notes.push(`${noteColumns.blocks} page-foot block(s) of footnotes set in two columns read column by column`);
  if (shortBreaks.count) layout.notes.push(`${shortBreaks.count} paragraph break(s) the text lost restored after a short line closing a sentence`);
  if (sideNotes.lifted.length) layout.notes.push(`${sideNotes.lifted.length} marginal side-note(s) lifted out of the text`);
  if (bare.count) layout.notes.push(`${bare.count} unmarked OCR footnote(s) recognised by their numbers cited in the text above`);
  if (feet.count) layout.notes.push(`${feet.count} page foot line(s) of a page number and a catch-word (the next page's first word) read as page numbers, the catch-word dropped`);
  if (feet.lone) layout.notes.push(`${feet.lone} catch-word(s) set alone at a page foot (the next page's first word, with the signature letter on its line, if any) dropped`);
  if (signatures.count) layout.notes.push(`${signatures.count} printer's signature(s) ("C", "D 2" at a page foot) dropped`);
  if (starred.count) layout.notes.push(`${starred.count} note marker(s) written "*a" linked to their notes`);
  if (signNotes.count) layout.notes.push(`${signNotes.count} note(s) opened "(*)" filed as footnotes, ${signNotes.linked} linked to their "(*)" in the text`);
  if (parenStarNotes.count) layout.notes.push(`${parenStarNotes.count} note(s) opened "*)" filed as footnotes, ${parenStarNotes.linked} linked to their asterisk in the text`);
  if (parenStars.count) layout.notes.push(`${parenStars.count} note(s) in parentheses opened "(*" under their paragraph filed as footnotes, ${parenStars.linked} linked to their sign in the text`);
  if (starNotes.count) layout.notes.push(`${starNotes.count} note(s) set as paragraphs opened by "*" after the paragraph citing them filed as footnotes, linked to the lone "*" there`);
  if (parenNotes.count) layout.notes.push(`${parenNotes.count} note(s) labelled "(1)" paired with their labels in the text`);
  if (parenNotes.unnoted) layout.notes.push(`${parenNotes.unnoted} note cue(s) in parentheses glued to their words ("word.(12)"), counting up without their notes in this file, lifted out of the text`);
  if (bracketed.count) layout.notes.push(`${bracketed.count} bracket-labelled note(s) ("[B] See...") filed as footnotes`);
  if (references.count) layout.notes.push(`${references.count} reference number(s) of a classical text's standard edition ("[314a]", "1096b") removed from the sentences`);
  if (editorial.notes) layout.notes.push(`${editorial.notes} note mark(s) written "/1/" read as note markers`);
  if (editorial.pages) layout.notes.push(`${editorial.pages} printed-edition page mark(s) ("[12]" between words) removed from the text`);
  if (parenPages.count) layout.notes.push(`${parenPages.count} printed-edition page number(s) in parentheses ("(92)" between words) removed from the text`);
  if (editorial.links) layout.notes.push(`${editorial.links} link number(s) of a text browser's dump ("[4]Plate 2") removed from the text`);
  if (bracketRuns.count) layout.notes.push(`${bracketRuns.count} bracketed note number(s) in sequence, without their notes in this file, lifted out of the text`);
  if (glued.count) layout.notes.push(`${glued.count} note number(s) without their notes in this file lifted out of the text`);
  if (paged.dropped.length) layout.notes.push(`number line(s) out of the page sequence kept as text, not pages: ${paged.dropped.slice(0, 5).join(", ")}`);
  if (scriptTags.count) layout.notes.push(`${scriptTags.count} transcriber's tag(s) naming a script ("[Greek: …]") unwrapped to the word`);
  if (quotes.count) layout.notes.push(`${quotes.count} quotation(s) set in as blocks kept as quotations`);
  if (columns.count) layout.notes.push(`${columns.count} column number(s) over their columns' first lines read as page numbers`);
  if (sectioned.count) layout.notes.push(`${sectioned.count} section number(s) on lines of their own, each between two paragraphs, read as section breaks, not page numbers`);
  if (toc.length) layout.notes.push(`table of contents with ${toc.length} entries`);
  const glosses = marginalGlosses(blocks);
  const ctx = { stats, isRunningHead, layout, glosses, acronyms, italicCapitals, indented: indentsParagraphs(blocks), gutenbergNotes: /^\s*\[Footnote\s+[\w*†‡§]{1,4}\s*:/im.test(doc) || numberedGluedMarkers(doc) || repeatingNoteNumbers(doc), letterNotes: /^\s*\[Footnote\s+[a-z]\s*:/m.test(doc) };
  let chapters = segments.map((seg) => buildChapter(seg, ctx)).filter((c) => c.sentences.length > 0);
  if (!chapters.length && blocks.length) {
    // Only front matter (or nothing recognisable): then the whole text is the chapter.
    segments = [{ number: null, title: title ?? "Untitled chapter", startPage: null, blocks, notes: ["no body chapter found: the whole text is one chapter"] }];
    chapters = segments.map((seg) => buildChapter(seg, ctx)).filter((c) => c.sentences.length > 0);
  }
  chapters.forEach((c, i) => (c.index = i));
  layout.hyphenationRepairs += stats.joins;
  return { title: docTitle, chapters, layout };
}

/**
 * A title without the note marker glued to its end ("HEALTH OF HOUSES.[1]": a note on the whole
 * chapter), nor the stop before it.
 */
function withoutNoteMarker(title: string): string {
  const bare = title.replace(/(?<=[\p{L}.])(?:\[\^?[\w*†‡]{1,4}\]|<sup>[^<>]{1,4}<\/sup>)$/u, "");
  return bare === title ? title : bare.replace(/\.$/, "");
}

/**
 * "[1]", "[2]", "[3]" … glued to the words they mark, in order from 1: a book's note markers even
 * when its notes are not in this file (a chapter cut out of a book). Left in, they glue two
 * sentences together ("syphon.[5] That you…") and garble the cards made from them.
 */
export function numberedGluedMarkers(doc: string): boolean {
  const numbers = [...doc.matchAll(/[\p{L}.,;:!?)_"”’]\[(\d{1,3})\]/gu)].slice(0, 3).map((m) => m[1]);
  return numbers.join(",") === "1,2,3";
}

type BuildContext = { stats: WordStats; isRunningHead: ReturnType<typeof runningHeadDetector>; layout: LayoutReport; gutenbergNotes: boolean; letterNotes: boolean; glosses: Set<Block>; indented: boolean; acronyms: Set<string>; italicCapitals: boolean };

function buildChapter(seg: Segment, { stats, isRunningHead, layout, gutenbergNotes, letterNotes, glosses, indented, acronyms, italicCapitals }: BuildContext): CleanChapter {
  // Run-in headings are split here, inside a chapter: as blocks of the whole text they would be taken for chapters.
  const runIn = splitRunInHeadings(seg.blocks);
  if (runIn.count) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${runIn.count} run-in heading(s) ("+Heading.+--Text") set apart from their paragraphs`);
  const end = convertEndnotes(runIn.blocks);
  layout.hasEndnotes ||= end.found;
  // Bracketed "[1]" markers are footnote markers only when there are notes for them to point to.
  const assembled = assembleChapter(end.blocks, { stats, isRunningHead, bracketMarkers: end.found || gutenbergNotes, letterMarkers: letterNotes, startPage: seg.startPage, glosses, indented });
  layout.hasRunningHeads ||= end.blocks.some((b) => { const h = isRunningHead(b); return h === null || !!h; });
  const credits = dropCreditParagraphs(assembled.paragraphs);
  if (credits) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${credits} transcriber's or volunteer's credit paragraph(s) after the text ("put on-line…", "text entry and proof-reading…") dropped as furniture`);
  const twoLine = joinTwoLineHeadings(assembled.paragraphs);
  if (twoLine) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${twoLine} heading(s) printed on two lines read as one ("…KNOWLEDGE" / "OF MORALITY…")`);
  if (splitEpigraph(assembled.paragraphs)) layout.notes.push(`chapter ${seg.number ?? seg.title}: the epigraph under its title kept as a quotation, its attribution ("—NAME") out of the sentences`);
  const strays = dropStrayTails(assembled.paragraphs);
  if (strays) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${strays} lone word(s) after a paragraph's last sentence dropped`);
  const titles = readSectionTitles(assembled.paragraphs);
  if (titles) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${titles} numbered section title(s) ("IV.--Rivers.") set as headings`);
  const audience = dropAudienceNotes(assembled.paragraphs);
  if (audience) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${audience} reported audience response(s) ("(Applause.)") taken out of the speech`);
  const signedTitles = readSignedSectionTitles(assembled.paragraphs); // "Of the soil." over "§ 4. THE farmer…"
  if (signedTitles) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${signedTitles} section title(s) set on a line over a paragraph opened by "§ n." set as headings`);
  const signedHeads = splitSignedRunInHeads(assembled.paragraphs); // "§ 3. The Title.—Text": before the numbers are counted
  if (signedHeads) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${signedHeads} section title(s) run in behind their sign ("§ 3. Title.—Text") set apart as headings`);
  const sectionNumbers = dropSectionNumbers(assembled.paragraphs);
  if (sectionNumbers) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${sectionNumbers} section number(s) ("1.", "2."…) taken off the paragraphs they open`);
  const heads = readTextbookHeads(assembled.paragraphs);
  if (heads.runIn + heads.lines + heads.labelled) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${heads.runIn} run-in head(s) ("Uses.—"), ${heads.lines} head line(s) closed by a stop ("63. Title."), ${heads.labelled} labelled head(s) ("TITLE II. …") set apart as headings`);
  const stacked = stackedHeads(assembled.paragraphs);
  if (stacked) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${stacked} section head(s) set over a head ("THE RISE OF …" over "Protests of …—") set apart as headings`);
  const apparatus = markApparatus(assembled.paragraphs) + markStudyQuestions(assembled.paragraphs);
  if (apparatus) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${apparatus} item(s) of study apparatus (questions, exercises, problems, references under their own head) marked as no text for cards`);
  const foreign = markForeignQuotations(assembled.paragraphs); // "…in the poet's time:" / a Latin couplet, not set in
  if (foreign) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${foreign} short quotation(s) in another language under a colon or the words leading into them kept out of the sentences`);
  const letters = markLetterFurniture(assembled.paragraphs);
  if (letters) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${letters} dateline(s), address(es), salutation(s) and subscription(s) or close(s) of quoted letters marked as no text for cards`);
  const recased: [string, string][] = [];
  const emphasis = lowerCapitalsPhrases(assembled.paragraphs, acronyms, { italics: italicCapitals, changed: recased });
  if (emphasis) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${emphasis} phrase(s) set in capitals inside a sentence written in ordinary case (${recased.slice(0, 2).map(([from, to]) => `"${from}" -> "${to}"`).join(", ")})`);
  const capitalSentences = lowerCapitalsSentences(assembled.paragraphs, acronyms);
  if (capitalSentences) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${capitalSentences} sentence(s) set in capitals as a paragraph of their own, under numbered heads, written in sentence case`);
  const figures = dropFigureLabels(assembled.paragraphs);
  if (figures) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${figures} figure label line(s) or placeholder(s) ("(Fig. 20)", "[figure 23]") kept out of the text`);
  const zeros = repairFormulaZeros(assembled.paragraphs);
  if (zeros) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${zeros} zero(s) read for the letter O in chemical formulas repaired ("S03" -> "SO3")`);
  if (heads.contents) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${heads.contents} list(s) of contents ("I. Of… II. Of…") kept out of the text`);
  if (heads.numbers) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${heads.numbers} paragraph number(s) ("1 ", "2 "…) taken off the paragraphs they open`);
  const { chapter, repairs } = finalizeChapter(assembled, { index: 0, number: seg.number, title: seg.title }, stats);
  if (seg.part) chapter.part = seg.part;
  layout.hyphenationRepairs += repairs;
  if (lowerOpeningCapitals(chapter)) layout.notes.push(`chapter ${seg.number ?? seg.title}: its opening words in capitals written in ordinary case`);
  layout.notes.push(...seg.notes, ...assembled.notes.slice(0, 20));
  const s = assembled.stats;
  if (s.glosses) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${s.glosses} marginal gloss(es) kept out of the text`);
  if (s.captions) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${s.captions} figure or table caption(s) kept out of the text`);
  // A recurring line read as a running head turns a page; with no page number anywhere in the
  // chapter those turns are no page breaks a reader would know of (session 21: a letter's repeated
  // address line), so the note says what was seen. Only turns a recurring line made count: a block of
  // page-foot notes turns a page too, and is no running head (fixclean21).
  if (s.headTurns && !chapter.pages.length && !s.joins) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${s.headTurns} recurring line(s) kept out of the text as running heads, no page numbers found`);
  else if (s.joins || s.pageBreaks) layout.notes.push(`chapter ${seg.number ?? seg.title}: ${s.pageBreaks} page break(s), ${s.joins} paragraph(s) rejoined across breaks`);
  return chapter;
}
