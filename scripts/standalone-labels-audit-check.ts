// Session 17's check set for the standalone task (docs/card-generator.md, "cards that do not stand
// alone"), named before any label was read: the audits leave these books out unless --check.
export const CHECK = new Set(["tacitus-agricola", "beard-united-states", "norton-geology", "dewey-democracy-education", "mccleary-civics"]);
