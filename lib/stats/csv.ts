// RFC 4180 CSV export of the roster: CRLF line ends, header row, fields quoted when they contain a
// comma, quote, CR or LF, with quotes doubled.
import type { RosterRow } from "./roster";

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// Names and emails are typed by students; a leading = + - @ (or tab/CR) would make Excel or Sheets
// run it as a formula when the instructor opens the file, so such text gets a leading apostrophe.
function text(value: string): string {
  return field(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

const pct = (r: number | null) => (r === null ? "" : (Math.round(r * 1000) / 10).toString());

export const ROSTER_CSV_HEADER = [
  "Name", "Email", "Cards studied", "Reviews (7 days)", "Retention 7d (%)", "Retention 30d (%)",
  "Overdue", "Last active (UTC)", "Behind", "Reasons",
];

export function rosterCsv(rows: RosterRow[]): string {
  const lines = [ROSTER_CSV_HEADER.map(field).join(",")];
  for (const r of rows) {
    lines.push([
      text(r.name), text(r.email), String(r.cardsStudied), String(r.reviews7), pct(r.retention7), pct(r.retention30),
      String(r.overdue), r.lastActive ?? "", r.behind ? "yes" : "no", text(r.reasons.join("; ")),
    ].join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
