// The names of the months, one definition for both rooms that read dates: the chapter clean-up
// (lib/chapters: a letter's dateline, a lecture's date under its heading) and the card generator
// (lib/cards: dates, a day of the month with no month). lib/chapters does not import lib/cards, so
// the list lives here, in neither. General English; each caller adds its own boundaries and stop.

/** The full names, in calendar order (an index is the month's number less one). */
export const MONTHS: readonly string[] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The abbreviations dates print ("Feb. 16, 1862", "Sept. 3"); May has none. */
export const MONTH_ABBREVIATIONS: readonly string[] = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"];

/** Pattern source, a group with no boundaries: a month's full name. */
export const MONTH_NAME = `(?:${MONTHS.join("|")})`;

/** Pattern source, a group with no boundaries and no stop: a month's full name or an abbreviation of it. */
export const MONTH_OR_ABBREVIATION = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join("|")})`;
