"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { startCram } from "@/lib/data/assignment-cram";
import { attempt } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/state";

/** Pre-exam cram: cards below target on exam day become due now, then the review screen opens on the deck. */
export async function startCramAction(assignmentId: string): Promise<ActionState> {
  const user = await requireUser();
  let deckId = "";
  const r = await attempt(async () => {
    const res = await startCram(user.id, assignmentId, new Date());
    if (res.cards === 0) return { ok: true, message: "Every studied card is predicted above target on exam day." };
    deckId = res.deckId;
  });
  if (!r.ok || !deckId) return r;
  revalidatePath("/today");
  redirect(`/review?deck=${deckId}`);
}
