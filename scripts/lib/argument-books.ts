// The training books whose chapters argue a case (books.json kinds: philosophy, argument, essay,
// political, law, social theory, popular science argument), for the session-14 argument audits.
export const ARGUMENT_BOOKS = [
  "aristotle-politics", "newcomb-side-lights", "dewey-democracy-education", "mill-liberty", "locke-treatise", "hume-enquiry",
  "russell-problems", "emerson-essays", "carlyle-heroes", "keynes-peace", "madison-federalist", "paine-common-sense",
  "malthus-population", "thoreau-civil-disobedience", "turner-frontier", "holmes-common-law", "maine-ancient-law",
  "veblen-leisure", "tocqueville-democracy", "dubois-souls", "maxwell-papers",
];
