import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { canStudyDeck } from "@/lib/data/access";
import { getStudyView } from "@/lib/data/review/session";
import { ReviewSession } from "@/components/review/review-session";

export const metadata = { title: "Review · Lectern" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ deck?: string }> }) {
  const viewer = await requireUser();
  const { deck } = await searchParams;
  const deckId = typeof deck === "string" && deck ? deck : null;
  if (deckId && !(await canStudyDeck(viewer.id, deckId))) notFound();
  const view = await getStudyView(viewer, new Date(), deckId);
  return <ReviewSession initial={view} />;
}
