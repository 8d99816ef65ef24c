// Exam-aware scheduling. Before an exam, a review-state card's next review is chosen for the exam,
// not for the everyday retention target: the card gets at most one more review before the exam,
// placed on the EARLIEST day k from which the expected R at the exam reaches the target:
//   E[R_exam](k) = R(k,S)·R(T−k, S'_good) + (1 − R(k,S))·R(T−k, S'_relearned)
// (T = days to the exam; a lapse is relearned the same day, as the review screen does).
// - If the card is already at ≥ target on the exam day with no further review, it needs none: its
//   normal FSRS due date stands if that falls after the exam, and is moved to the exam day otherwise
//   (after the exam it continues on its normal schedule).
// - Otherwise the one extra review lands at the earliest such day, which is where R(exam) reaches the
//   target with the fewest reviews. If no day reaches it, the day with the highest expected R.
// A lapse or a Hard answer re-plans at the next answer, so the rule repeats until the card is safe.
// Formula (FSRS-6, as ts-fsrs): R(t,S) = (1 + f·t/S)^(−w20), f = 0.9^(−1/w20) − 1, and S' after a
// Good answer at R is ts-fsrs's next_recall_stability (via next_state).
// Days are the student's study days: the planner runs in study time (lib/srs/study-clock.ts), where
// the exam's calendar date at UTC midnight is the moment their exam day begins (fitToExamDay).
import { fromStudyTime, toStudyTime, type StudyClock } from "@/lib/srs/study-clock";
import { DAY_MS, daysBetween, nextMemory, retrievability, DEFAULT_WEIGHTS, type Memory } from "./curve";

export type ExamPlan = { examAt: Date; target: number };

export type PlannedCard = Memory & { state: number; due: Date; scheduledDays: number };

/**
 * Expected R at the exam if the card's next answer comes k days from now: recalled (chance R(k)) and
 * answered Good, or forgotten, relearned the same day (Again, then Good) and left until the exam.
 */
export function examRecallAfterReview(m: Memory, k: number, daysToExam: number, weights: readonly number[] = DEFAULT_WEIGHTS): number {
  const rk = retrievability(k, m.stability, weights);
  const good = nextMemory(m, k, 3, weights);
  const relearned = nextMemory(nextMemory(m, k, 1, weights), 0, 3, weights);
  const left = daysToExam - k;
  return rk * retrievability(left, good.stability, weights) + (1 - rk) * retrievability(left, relearned.stability, weights);
}

/** Whole days from now to the one review that makes the card ready for the exam (≥ 1), or null when it needs none. */
export function examReviewDay(m: Memory, daysToExam: number, target: number, weights: readonly number[] = DEFAULT_WEIGHTS): number | null {
  if (retrievability(daysToExam, m.stability, weights) >= target) return null;
  const lastDay = Math.max(1, Math.ceil(daysToExam) - 1);
  // Not monotone in k (a later review gains more stability but risks a lapse), so scan the few days.
  let best = lastDay, bestR = -1;
  for (let k = 1; k <= lastDay; k++) {
    const r = examRecallAfterReview(m, k, daysToExam, weights);
    if (r >= target) return k;
    if (r > bestR) { best = k; bestR = r; }
  }
  return best;
}

/**
 * The card as the scheduler left it, with its due date re-planned for the exam (unchanged when the
 * exam is past or the card is still in (re)learning steps, whose minutes-long steps stay as they are).
 */
export function fitToExam<T extends PlannedCard>(card: T, now: Date, plan: ExamPlan, weights: readonly number[] = DEFAULT_WEIGHTS): T {
  if (card.state !== 2) return card;
  const daysToExam = daysBetween(now, plan.examAt);
  if (daysToExam <= 1) return card;
  const k = examReviewDay(card, daysToExam, plan.target, weights);
  if (k === null) {
    if (card.due >= plan.examAt) return card;
    const days = Math.ceil(daysToExam);
    return { ...card, due: new Date(now.getTime() + days * DAY_MS), scheduledDays: days };
  }
  return { ...card, due: new Date(now.getTime() + k * DAY_MS), scheduledDays: k };
}

/**
 * fitToExam on the student's study days. `examDate` is the assignment's calendar date (UTC
 * midnight); in study time it is the start of the student's exam day, so "k days before the exam"
 * means k of their study days, and the planned due keeps the wall-clock time as the scheduler does.
 */
export function fitToExamDay<T extends PlannedCard>(card: T, now: Date, exam: { examDate: Date; target: number }, clock: StudyClock, weights: readonly number[] = DEFAULT_WEIGHTS): T {
  const studyNow = toStudyTime(now, clock);
  const shifted = { ...card, due: toStudyTime(card.due, clock) };
  const planned = fitToExam(shifted, studyNow, { examAt: exam.examDate, target: exam.target }, weights);
  if (planned === shifted) return card;
  const ahead = planned.due.getTime() - studyNow.getTime();
  return { ...planned, due: fromStudyTime(planned.due, clock, now.getTime() + ahead) };
}

/** Pre-exam cram: cards (studied or not) whose predicted recall on the exam day is below target (`examAt`: when the student's exam day begins). */
export function needsCram(card: (Memory & { lastReview: Date | null }) | null, plan: ExamPlan, weights: readonly number[] = DEFAULT_WEIGHTS): boolean {
  if (!card || !card.lastReview) return true;
  return retrievability(daysBetween(card.lastReview, plan.examAt), card.stability, weights) < plan.target;
}
