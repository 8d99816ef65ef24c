import { describe, expect, it } from "vitest";
import { rosterRows, sortRoster, type RosterSqlRow } from "@/lib/stats/roster";
import { fallingBehind } from "@/lib/stats/behind";
import { rosterCsv } from "@/lib/stats/csv";

const NOW = new Date("2026-11-24T12:00:00Z");

function row(name: string, over: Partial<RosterSqlRow>): RosterSqlRow {
  return {
    userId: name.toLowerCase(), name, email: `${name.toLowerCase()}@school.test`, joinedAt: "2026-09-01T00:00:00.000Z",
    cardsStudied: 0, reviews7: 0, ret7Total: 0, ret7Passed: 0, ret30Total: 0, ret30Passed: 0, overdue: 0, lastReview: null, ...over,
  };
}

const SQL_ROWS: RosterSqlRow[] = [
  row("Ann", { cardsStudied: 120, reviews7: 80, ret7Total: 40, ret7Passed: 36, ret30Total: 150, ret30Passed: 140, overdue: 3, lastReview: "2026-11-24T08:00:00.000Z" }),
  row("Bob", { cardsStudied: 60, reviews7: 0, ret30Total: 30, ret30Passed: 18, overdue: 75, lastReview: "2026-11-14T11:00:00.000Z" }),
  row("Cy", { joinedAt: "2026-11-20T12:00:00.000Z" }),
  row("Dee", { joinedAt: "2026-11-10T00:00:00.000Z" }),
  row("Eve", { cardsStudied: 20, ret30Total: 10, ret30Passed: 5, lastReview: "2026-11-17T12:00:00.000Z" }),
];
const ROWS = rosterRows(SQL_ROWS, NOW);
const byName = (n: string) => ROWS.find((r) => r.name === n)!;

describe("rosterRows", () => {
  it("computes retention, inactivity and the behind flag", () => {
    expect(byName("Ann")).toMatchObject({ retention7: 0.9, retention30: 140 / 150, daysInactive: 0, behind: false, reasons: [], neverReviewed: false });
    expect(byName("Bob")).toMatchObject({
      retention7: null, retention30: 0.6, daysInactive: 10, behind: true,
      reasons: ["75 cards overdue", "Inactive for 10 days", "30-day retention 60% (below 75%)"],
    });
  });

  it("measures a student who never reviewed from the day they joined", () => {
    expect(byName("Cy")).toMatchObject({ neverReviewed: true, daysInactive: 4, behind: false, lastActive: null });
    expect(byName("Dee")).toMatchObject({ daysInactive: 14, behind: true, reasons: ["No reviews in 14 days since joining"] });
  });

  it("ignores low retention on a thin sample but flags exactly N inactive days", () => {
    expect(byName("Eve").reasons).toEqual(["Inactive for 7 days"]);
  });

  it("does not call a quiet student behind when nothing is waiting for them", () => {
    const [done, waiting, unknown] = rosterRows([
      row("Fay", { cardsStudied: 20, lastReview: "2026-11-10T12:00:00.000Z", waiting: 0 }),
      row("Gus", { cardsStudied: 20, lastReview: "2026-11-10T12:00:00.000Z", waiting: 3 }),
      row("Hal", { cardsStudied: 20, lastReview: "2026-11-10T12:00:00.000Z" }),
    ], NOW);
    expect(done).toMatchObject({ daysInactive: 14, waiting: 0, behind: false, reasons: [] });
    expect(waiting).toMatchObject({ waiting: 3, reasons: ["Inactive for 14 days"] });
    expect(unknown).toMatchObject({ waiting: null, reasons: ["Inactive for 14 days"] });
  });

  it("takes custom thresholds", () => {
    const strict = rosterRows(SQL_ROWS, NOW, { maxOverdue: 2, inactiveDays: 30, minRetention: 0.5, minRetentionReviews: 1 });
    expect(strict.find((r) => r.name === "Ann")!.reasons).toEqual(["3 cards overdue"]);
    expect(strict.find((r) => r.name === "Bob")!.reasons).toEqual(["75 cards overdue"]);
  });

  it("handles an empty class", () => {
    expect(rosterRows([], NOW)).toEqual([]);
    expect(rosterCsv([])).toBe("Name,Email,Cards studied,Reviews (7 days),Retention 7d (%),Retention 30d (%),Overdue,Last active (UTC),Behind,Reasons\r\n");
  });
});

describe("sortRoster", () => {
  const names = (rows: typeof ROWS) => rows.map((r) => r.name);

  it("puts missing values last in both directions", () => {
    expect(names(sortRoster(ROWS, "retention30", "asc"))).toEqual(["Eve", "Bob", "Ann", "Cy", "Dee"]);
    expect(names(sortRoster(ROWS, "retention30", "desc"))).toEqual(["Ann", "Bob", "Eve", "Cy", "Dee"]);
    expect(names(sortRoster(ROWS, "lastActive", "desc"))).toEqual(["Ann", "Eve", "Bob", "Cy", "Dee"]);
  });

  it("breaks ties by name and does not mutate its input", () => {
    const before = names(ROWS);
    expect(names(sortRoster(ROWS, "overdue", "desc"))).toEqual(["Bob", "Ann", "Cy", "Dee", "Eve"]);
    expect(names(sortRoster(ROWS, "behind", "desc"))).toEqual(["Bob", "Dee", "Eve", "Ann", "Cy"]);
    expect(names(sortRoster(ROWS, "name", "desc"))).toEqual(["Eve", "Dee", "Cy", "Bob", "Ann"]);
    expect(names(ROWS)).toEqual(before);
  });
});

describe("fallingBehind", () => {
  it("lists students needing attention, most reasons first, with the reason text", () => {
    expect(fallingBehind(ROWS, NOW).map((s) => [s.name, s.reason])).toEqual([
      ["Bob", "75 cards overdue; Inactive for 10 days; 30-day retention 60% (below 75%)"],
      ["Dee", "No reviews in 14 days since joining"],
      ["Eve", "Inactive for 7 days"],
    ]);
  });

  it("recomputes inactivity from its own `now`", () => {
    const later = new Date("2026-11-27T12:00:00Z");
    expect(fallingBehind(ROWS, later).find((s) => s.name === "Cy")?.reason).toBe("No reviews in 7 days since joining");
    expect(fallingBehind([], NOW)).toEqual([]);
  });
});

describe("rosterCsv", () => {
  it("writes a header and RFC 4180 rows with CRLF", () => {
    const csv = rosterCsv([byName("Ann"), byName("Bob")]);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("Name,Email,Cards studied,Reviews (7 days),Retention 7d (%),Retention 30d (%),Overdue,Last active (UTC),Behind,Reasons");
    expect(lines[1]).toBe("Ann,ann@school.test,120,80,90,93.3,3,2026-11-24T08:00:00.000Z,no,");
    expect(lines[2]).toBe("Bob,bob@school.test,60,0,,60,75,2026-11-14T11:00:00.000Z,yes,75 cards overdue; Inactive for 10 days; 30-day retention 60% (below 75%)");
    expect(lines[3]).toBe("");
  });

  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    const [weird] = rosterRows([row('Bob "The Builder", Jr.', { email: "line\nbreak@x.test" })], NOW);
    const formula = { ...weird, name: "=HYPERLINK(\"http://evil\")", email: "@x", reasons: [] };
    const lines = rosterCsv([weird, formula]).split("\r\n");
    expect(lines[1].startsWith('"Bob ""The Builder"", Jr.","line\nbreak@x.test",0,0,,,0,,')).toBe(true);
    expect(lines[2].startsWith(`"'=HYPERLINK(""http://evil"")",'@x,`)).toBe(true);
  });
});
