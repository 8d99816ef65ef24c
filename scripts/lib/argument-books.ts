// The training books whose chapters argue a case (books.json kinds: philosophy, argument, essay,
// political, law, social theory, popular science argument), for the argument audits (sessions 14, 16).
// Session 16 adds the argumentative books rotated in since (Lippmann, Ricardo, Kant, Marx, Machiavelli, Le Bon).
export const ARGUMENT_BOOKS = [
  "aristotle-politics", "newcomb-side-lights", "dewey-democracy-education", "mill-liberty", "locke-treatise", "hume-enquiry",
  "russell-problems", "emerson-essays", "carlyle-heroes", "keynes-peace", "madison-federalist", "paine-common-sense",
  "malthus-population", "thoreau-civil-disobedience", "turner-frontier", "holmes-common-law", "maine-ancient-law",
  "veblen-leisure", "tocqueville-democracy", "dubois-souls", "maxwell-papers",
  "lippmann-public-opinion", "ricardo-principles", "kant-groundwork", "marx-manifesto", "machiavelli-prince", "lebon-crowd",
  // Session 17: rotated in after session 16's blind round.
  "kropotkin-conquest-bread",
];

// The check set for the argument work, chosen before any note, card or text was read: the audits skip
// these books unless `--check` is given (the figures on them are reported apart, as an estimate of what
// the change does to a book it was not developed on). Session 16's was Kant, Mill, Paine, Hume, Aristotle;
// session 17's (argue2) below.
export const ARGUMENT_CHECK = ["paine-common-sense", "thoreau-civil-disobedience", "mill-liberty", "madison-federalist", "lebon-crowd"];

/** The argumentative books an audit reads: the development books, or with `check` the check set only. */
export const argumentBooks = (check: boolean) => (check ? ARGUMENT_CHECK : ARGUMENT_BOOKS.filter((b) => !ARGUMENT_CHECK.includes(b)));
