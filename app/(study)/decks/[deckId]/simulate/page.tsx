import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getBrowsableDeck } from "@/lib/data/browse";
import { NotFoundError, ValidationError } from "@/lib/data/errors";
import { simulateDeck } from "@/lib/data/fsrs/simulator";
import { SimulatorCharts } from "@/components/fsrs/simulator-charts";
import { button, input, panel } from "@/components/ui/styles";

const pct = (x: number) => `${Math.round(x * 100)}%`;

export default async function SimulatePage({ params, searchParams }: { params: Promise<{ deckId: string }>; searchParams: Promise<{ days?: string }> }) {
  const user = await requireUser();
  const { deckId } = await params;
  const sp = await searchParams;
  const days = sp.days ? Number(sp.days) : 365;
  const deck = await getBrowsableDeck(user.id, deckId).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  let view;
  let error: string | null = null;
  try {
    view = await simulateDeck(user.id, deckId, new Date(), { days });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    error = e.message;
  }
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href={`/decks/${deckId}`} className="text-indigo-600 hover:underline">← {deck.title}</Link></p>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Workload simulator</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">Your next days of study in this deck at several desired retentions, as FSRS would schedule them.</p>
        </div>
        <form className="flex items-end gap-2" aria-label="Simulation length">
          <label className="flex flex-col text-sm" htmlFor="sim-days">Days
            <input id="sim-days" name="days" type="number" min={7} max={1825} defaultValue={days} className={`${input} !w-28`} aria-describedby={error ? "sim-days-error" : undefined} />
          </label>
          <button type="submit" className={button}>Simulate</button>
        </form>
      </header>
      {error && <p id="sim-days-error" role="alert" className="text-sm text-red-600">{error}</p>}
      {view && (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-300" data-testid="simulator-summary">
            {view.cards.toLocaleString("en-US")} cards you have learned (from their memory state and due date) and {view.newCards.toLocaleString("en-US")} new ones
            at {view.newPerDay} a day, at most {view.reviewsPerDay} reviews a day, {view.personalWeights ? "your personal FSRS parameters" : "the default FSRS-6 parameters"}.
            Answer times and grades follow FSRS's population averages.
          </p>
          <section className={panel}>
            <SimulatorCharts series={view.results.map((r) => ({
              retention: r.desiredRetention, current: r.desiredRetention === view.currentRetention,
              reviews: r.reviewsPerDay, minutes: r.minutesPerDay, memorized: r.memorizedPerDay,
            }))} />
          </section>
          <section className={panel}>
            <table className="w-full text-sm" data-testid="simulator-table">
              <thead><tr className="text-left text-slate-500"><th className="py-1 pr-3 font-medium">Desired retention</th><th className="py-1 pr-3 font-medium">Reviews per day</th><th className="py-1 pr-3 font-medium">Minutes per day</th><th className="py-1 font-medium">Memorised on day {view.days}</th></tr></thead>
              <tbody>
                {view.results.map((r) => (
                  <tr key={r.desiredRetention} className={`border-t border-slate-100 dark:border-slate-800 ${r.desiredRetention === view.currentRetention ? "font-semibold" : ""}`}>
                    <td className="py-1 pr-3">{pct(r.desiredRetention)}{r.desiredRetention === view.currentRetention ? " (current)" : ""}</td>
                    <td className="py-1 pr-3">{(r.totalReviews / view.days).toFixed(1)}</td>
                    <td className="py-1 pr-3">{(r.totalMinutes / view.days).toFixed(1)}</td>
                    <td className="py-1">{Math.round(r.memorizedAtEnd).toLocaleString("en-US")} cards</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </div>
  );
}
