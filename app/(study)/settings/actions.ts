"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { updateStudyPreferences } from "@/lib/data/users";
import { isValidTimeZone } from "@/lib/srs/study-day";
import { invalid, type ActionState } from "@/lib/actions/state";

const schema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100),
  timeZone: z.string().refine(isValidTimeZone, { message: "Choose a time zone from the list." }),
  dayStartHour: z.coerce.number().int().min(0, "Between 0 and 23.").max(23, "Between 0 and 23."),
});

export async function savePreferencesAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  await updateStudyPreferences(user.id, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, message: "Saved. Your study day now starts at this hour in this time zone." };
}
