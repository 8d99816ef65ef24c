// A year as a book prints it on its own (a chapter's period, a caption's date, a year in the margin):
// three or four figures, perhaps after an era ("A.D. 1400", "B.C. 55"), perhaps a span of two
// ("1400-1410", "1400 – 10"). One token for every room that asks "is this only a year?", each adding
// the brackets or stops its own layout puts around it.
export const YEAR_TOKEN = String.raw`(?:(?:A\.\s?D\.|B\.\s?C\.)\s*)?\d{3,4}(?:\s*[-–—]\s*\d{2,4})?`;
