// Exam scores typed or pasted by the instructor: one student per line, "email,score" with the score in
// percent (0–100, "%" allowed). A header line is skipped. Every bad line is reported, so nothing is
// saved until the whole list is right.
export type ScoreEntry = { email: string; score: number };
export type ScoreParse = { entries: ScoreEntry[]; errors: string[] };

const EMAIL = /^[^\s@,;]+@[^\s@,;]+$/;

export function parseScores(text: string): ScoreParse {
  const entries: ScoreEntry[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const [emailRaw, scoreRaw, ...extra] = line.split(/[,;\t]/).map((x) => x.trim().replace(/^"|"$/g, ""));
    if (i === 0 && !EMAIL.test(emailRaw ?? "")) return; // header
    const email = (emailRaw ?? "").toLowerCase();
    const score = Number((scoreRaw ?? "").replace(/%$/, ""));
    if (!EMAIL.test(email)) errors.push(`Line ${i + 1}: "${emailRaw}" is not an email address.`);
    else if (extra.some((x) => x !== "") || scoreRaw === undefined || scoreRaw === "" || !Number.isFinite(score) || score < 0 || score > 100) {
      errors.push(`Line ${i + 1}: the score must be a percentage from 0 to 100.`);
    } else if (seen.has(email)) errors.push(`Line ${i + 1}: ${email} appears twice.`);
    else { seen.add(email); entries.push({ email, score: score / 100 }); }
  });
  return { entries, errors };
}
