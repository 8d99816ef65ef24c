// The order in which raters' verdicts count when several labelled the same card: the newest strict
// raters first (each held-out set's raters are appended at the front when their books rotate into
// training), the developers' own labels (rater-a2, rater-a) after every strict rater, rater-b last.
// One list, so every audit and fit script counts a card under the same verdict as `eval:cards --rater`.
export const RATER_PRECEDENCE = ["rater-bk", "rater-bl", "rater-bi", "rater-bj", "rater-bg", "rater-bh", "rater-be", "rater-bf", "rater-bc", "rater-bd", "rater-ba", "rater-bb", "rater-ay", "rater-az", "rater-aw", "rater-ax", "rater-au", "rater-av", "rater-as", "rater-at", "rater-aq", "rater-ar", "rater-ao", "rater-ap", "rater-am", "rater-an", "rater-ak", "rater-aj", "rater-ai", "rater-ah", "rater-ag", "rater-af", "rater-ae", "rater-ad", "rater-ac", "rater-ab", "rater-aa", "rater-z", "rater-y", "rater-x", "rater-w", "rater-v", "rater-u", "rater-t", "rater-s", "rater-r", "rater-q", "rater-p", "rater-o", "rater-n", "rater-m", "rater-l", "rater-k", "rater-j", "rater-i", "rater-h", "rater-g", "rater-f", "rater-e", "rater-c", "rater-d", "rater-a2", "rater-a", "rater-b"];

/** The strict-first chain without rater-b, as `eval:cards --rater` takes it (comma-separated). */
export const STRICT_FIRST_CHAIN = RATER_PRECEDENCE.filter((r) => r !== "rater-b").join(",");
