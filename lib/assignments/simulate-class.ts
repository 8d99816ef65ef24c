// A simulated class for testing the assignment features against a known truth. Each student's TRUE
// memory follows FSRS-6 with their own weights (the defaults, each scaled by exp(N(0, spread))); the
// app only knows the default weights, as for a student who has not optimised yet. Students differ in
// habit: some never open the app, some skip days, most study nearly every day. On study days a
// student answers every due card (recall sampled from the true model) and introduces new cards at the
// assignment's pace. On the exam day each card's recall is sampled from the true model.
import type { Grade } from "ts-fsrs";
import { DAY_MS, DEFAULT_WEIGHTS, intervalFor, nextMemory, retrievability, type Memory } from "./curve";
import { fitToExam } from "./exam";
import { adherenceOf, readiness, type Readiness } from "./readiness";
import { pace } from "./pace";
import { rng, type Rng } from "./rng";
import { UTC_MIDNIGHT } from "@/lib/srs/study-clock";

export type Scheduling = { kind: "plain"; retention: number } | { kind: "exam"; retention: number; target: number };

export type SimOptions = {
  seed: number;
  students: number;
  cards: number;
  dueDay: number; // "introduce every card by"
  examDay: number;
  newPerDayLimit: number;
  predictOnDay: number;
  weightSpread: number;
  scheduling: Scheduling;
};

export const CLASS_DEFAULTS: Omit<SimOptions, "scheduling"> = {
  seed: 1, students: 200, cards: 300, dueDay: 20, examDay: 30, newPerDayLimit: 40, predictOnDay: 25, weightSpread: 0.1,
};

export type Habit = "never" | "skipper" | "follower";

export type SimStudent = {
  habit: Habit;
  reviews: number; // answers given, same-day relearning and learning steps included
  examScore: number; // share of the assignment's cards recalled in the simulated exam
  trueExamRecall: number; // mean TRUE R on the exam day (the exam score's expectation)
  predicted: Readiness; // readiness as the app computes it on predictOnDay
};

export type SimResult = { students: SimStudent[]; calibration: { predicted: number; recalled: boolean }[] };

type SimCard = { app: Memory | null; truth: Memory | null; last: number; due: number };

const WEIGHTS_WITH_SPREAD = [0, 1, 2, 3, 8, 9, 10, 11]; // initial stabilities, recall growth, lapse stability
const BASE = Date.UTC(2026, 0, 5);
const at = (day: number) => new Date(BASE + day * DAY_MS);

function drawStudent(r: Rng, spread: number): { habit: Habit; studyChance: number; weights: number[] } {
  const u = r.next();
  const habit: Habit = u < 0.1 ? "never" : u < 0.4 ? "skipper" : "follower";
  const studyChance = habit === "never" ? 0 : habit === "skipper" ? 0.4 + 0.45 * r.next() : 0.95 + 0.05 * r.next();
  const weights = [...DEFAULT_WEIGHTS];
  for (const i of WEIGHTS_WITH_SPREAD) weights[i] = weights[i] * Math.exp(spread * r.normal());
  return { habit, studyChance, weights };
}

function pick(r: Rng, table: [Grade, number][]): Grade {
  let u = r.next();
  for (const [g, p] of table) { if (u < p) return g; u -= p; }
  return table[table.length - 1][0];
}

function nextDue(card: SimCard, day: number, s: Scheduling, examDay: number): number {
  const app = card.app!;
  const interval = Math.max(1, Math.round(intervalFor(app.stability, s.retention)));
  if (s.kind === "plain") return day + interval;
  const planned = fitToExam({ ...app, state: 2, due: at(day + interval), scheduledDays: interval }, at(day), { examAt: at(examDay), target: s.target });
  return day + planned.scheduledDays;
}

function simulateStudent(o: SimOptions, index: number): { student: SimStudent; calibration: SimResult["calibration"] } {
  const profile = drawStudent(rng(o.seed * 1_000_003 + index), o.weightSpread);
  const r = rng(o.seed * 7919 + index * 104_729 + 17); // the same life for every scheduling option
  const cards: SimCard[] = Array.from({ length: o.cards }, () => ({ app: null, truth: null, last: 0, due: 0 }));
  const calibration: SimResult["calibration"] = [];
  const studied: number[] = [];
  let introduced = 0, reviews = 0;
  let predicted: Readiness | null = null;

  const answer = (c: SimCard, g: Grade, t: number) => {
    c.app = nextMemory(c.app, t, g);
    c.truth = nextMemory(c.truth, t, g, profile.weights);
    reviews++;
  };

  for (let day = 0; day < o.examDay; day++) {
    if (day === o.predictOnDay) {
      const window = Math.min(14, day);
      const active = studied.filter((d) => d >= day - window).length;
      const memories = cards.filter((c) => c.app).map((c) => ({ ...c.app!, lastReview: at(c.last), due: at(c.due) }));
      predicted = readiness(memories, o.cards, at(o.examDay), adherenceOf(active, window), { examTarget: o.scheduling.kind === "exam" ? o.scheduling.target : null });
    }
    if (r.next() >= profile.studyChance) continue;
    studied.push(day);
    for (const c of cards) {
      if (!c.app || c.due > day) continue;
      const t = day - c.last;
      const recalled = r.next() < retrievability(t, c.truth!.stability, profile.weights);
      calibration.push({ predicted: retrievability(t, c.app.stability), recalled });
      if (recalled) answer(c, pick(r, [[3, 0.85], [2, 0.1], [4, 0.05]]), t);
      else { answer(c, 1, t); answer(c, 3, 0); } // relearned the same day
      c.last = day;
      c.due = nextDue(c, day, o.scheduling, o.examDay);
    }
    const p = pace({ total: o.cards, introduced, startAt: at(0), dueAt: at(o.dueDay - 1), now: at(day), clock: UTC_MIDNIGHT }) // cards due before day dueDay;
    const budget = Math.min(o.newPerDayLimit, p.perDay);
    for (let n = 0; n < budget && introduced < o.cards; n++) {
      const c = cards[introduced++];
      const first = pick(r, [[3, 0.6], [1, 0.3], [4, 0.1]]);
      answer(c, first, 0);
      if (first !== 4) answer(c, 3, 0); // the learning step, answered Good later that day
      c.last = day;
      c.due = nextDue(c, day, o.scheduling, o.examDay);
    }
  }

  let recalled = 0, trueSum = 0;
  for (const c of cards) {
    if (!c.truth) continue;
    const p = retrievability(o.examDay - c.last, c.truth.stability, profile.weights);
    trueSum += p;
    if (r.next() < p) recalled++;
  }
  return {
    student: { habit: profile.habit, reviews, examScore: recalled / o.cards, trueExamRecall: trueSum / o.cards, predicted: predicted! },
    calibration,
  };
}

export function simulateClass(options: Partial<SimOptions> & { scheduling: Scheduling }): SimResult {
  const o: SimOptions = { ...CLASS_DEFAULTS, ...options };
  const students: SimStudent[] = [];
  const calibration: SimResult["calibration"] = [];
  for (let i = 0; i < o.students; i++) {
    const s = simulateStudent(o, i);
    students.push(s.student);
    for (const c of s.calibration) calibration.push(c);
  }
  return { students, calibration };
}

/** Mean of a numeric field over the students of some habits. */
export function meanOf(result: SimResult, field: "reviews" | "examScore" | "trueExamRecall", habits: Habit[] = ["follower"]): number {
  const xs = result.students.filter((s) => habits.includes(s.habit)).map((s) => s[field]);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

/**
 * The lowest plain-FSRS desired retention whose followers reach `recall` mean exam-day recall
 * (bisection on retention; recall rises with retention).
 */
export function retentionReaching(recall: number, base: Partial<SimOptions>, lo = 0.7, hi = 0.99, steps = 7): number {
  for (let i = 0; i < steps; i++) {
    const mid = (lo + hi) / 2;
    const got = meanOf(simulateClass({ ...base, scheduling: { kind: "plain", retention: mid } }), "trueExamRecall");
    if (got >= recall) hi = mid; else lo = mid;
  }
  return hi;
}
