// Stock phrases of discourse that sum up or confirm ("in short", "in fact"), shared by the thesis
// finder (claims/thesis.ts: a conclusion announced) and the stock-phrase gate (gates/stock-phrase.ts:
// a blank on the phrase itself teaches nothing). One list for the thesis finder's opening MARKER and
// the gate; (fixgf, review 10) the thesis finder's MID_MARKER still spells "in short|in fact" itself —
// not changed, since that would change output outside any switch.
// A regular-expression alternation, lower case; read with the "i" flag.
export const SUMMING_UP = "in short|in a word|on the whole|in fact";
