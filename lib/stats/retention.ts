// True retention: the share of reviews of cards in the Review state (state before the answer = 2)
// answered anything but Again. Young = the interval the card was scheduled with (ReviewLog.scheduledDays,
// Anki's "last interval") < 21 days; mature ≥ 21. Learning/relearning steps are excluded because
// they measure short-term recall, not the memory the scheduler aims at.
export type Tally = { total: number; passed: number };
export type Rate = Tally & { rate: number | null };

/** The disjoint day buckets trueRetentionSql returns, by age of the study day relative to today. */
export type RetentionBucket = "today" | "yesterday" | "days2to6" | "days7to29" | "days30to364";
/** One row of trueRetentionSql. */
export type RetentionRow = { deckId: string; bucket: RetentionBucket; young: Tally; mature: Tally };

export type RetentionPeriod = "today" | "yesterday" | "last7" | "last30" | "lastYear";
export const RETENTION_PERIODS: readonly RetentionPeriod[] = ["today", "yesterday", "last7", "last30", "lastYear"];
export type RetentionCell = { young: Rate; mature: Rate; all: Rate };
export type RetentionTable = Record<RetentionPeriod, RetentionCell>;
export type TrueRetention = { overall: RetentionTable; decks: { deckId: string; periods: RetentionTable }[] };

// Which reported periods each disjoint bucket contributes to ("last 7 days" includes today).
const FEEDS: Record<RetentionBucket, RetentionPeriod[]> = {
  today: ["today", "last7", "last30", "lastYear"],
  yesterday: ["yesterday", "last7", "last30", "lastYear"],
  days2to6: ["last7", "last30", "lastYear"],
  days7to29: ["last30", "lastYear"],
  days30to364: ["lastYear"],
};

/** passed / total, or null when there is nothing to measure (0 % would be a lie). */
export function rate(t: Tally): Rate {
  const total = Number(t.total), passed = Number(t.passed);
  return { total, passed, rate: total > 0 ? passed / total : null };
}

type Acc = Record<RetentionPeriod, { young: Tally; mature: Tally }>;
const emptyAcc = (): Acc =>
  Object.fromEntries(RETENTION_PERIODS.map((p) => [p, { young: { total: 0, passed: 0 }, mature: { total: 0, passed: 0 } }])) as Acc;

function add(acc: Acc, row: RetentionRow) {
  for (const p of FEEDS[row.bucket] ?? []) {
    acc[p].young.total += Number(row.young.total);
    acc[p].young.passed += Number(row.young.passed);
    acc[p].mature.total += Number(row.mature.total);
    acc[p].mature.passed += Number(row.mature.passed);
  }
}

function table(acc: Acc): RetentionTable {
  const cell = ({ young, mature }: Acc[RetentionPeriod]): RetentionCell => ({
    young: rate(young),
    mature: rate(mature),
    all: rate({ total: young.total + mature.total, passed: young.passed + mature.passed }),
  });
  return Object.fromEntries(RETENTION_PERIODS.map((p) => [p, cell(acc[p])])) as RetentionTable;
}

export function trueRetention(rows: RetentionRow[]): TrueRetention {
  const overall = emptyAcc();
  const perDeck = new Map<string, Acc>();
  for (const row of rows) {
    add(overall, row);
    let acc = perDeck.get(row.deckId);
    if (!acc) perDeck.set(row.deckId, (acc = emptyAcc()));
    add(acc, row);
  }
  const decks = [...perDeck].sort(([a], [b]) => a.localeCompare(b)).map(([deckId, acc]) => ({ deckId, periods: table(acc) }));
  return { overall: table(overall), decks };
}
