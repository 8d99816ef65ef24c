import { revalidatePath } from "next/cache";
import { z } from "zod";
import { currentUser } from "@/lib/auth/session";
import { requireOwnedDeck } from "@/lib/data/access";
import { importAnkiPackage, packageLimits, previewAnkiPackage } from "@/lib/data/anki-import";
import { NotFoundError } from "@/lib/data/errors";
import { AnkiPackageError } from "@/lib/anki/types";

// Anki package upload (a route, not a server action: packages with media exceed the action body
// limit, and the form shows upload progress). step=preview reads and counts; step=import imports.
const Form = z.object({
  step: z.enum(["preview", "import"]),
  target: z.enum(["deck", "package"]).default("deck"),
  policy: z.enum(["keep-newer", "keep-mine"]).default("keep-newer"),
});

export async function POST(req: Request, { params }: { params: Promise<{ deckId: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ ok: false, message: "Sign in to import." }, { status: 401 });
  const { deckId } = await params;
  try {
    const deck = await requireOwnedDeck(user.id, deckId);
    const form = await req.formData();
    const parsed = Form.safeParse({ step: form.get("step"), target: form.get("target") ?? undefined, policy: form.get("policy") ?? undefined });
    const file = form.get("file");
    if (!parsed.success || !(file instanceof File) || file.size === 0) return Response.json({ ok: false, message: "Choose an .apkg or .colpkg file." }, { status: 400 });
    const limits = packageLimits();
    if (file.size > limits.maxPackageBytes) return Response.json({ ok: false, message: `The package is larger than ${Math.round(limits.maxPackageBytes / 1024 / 1024)} MB.` }, { status: 413 });
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (parsed.data.step === "preview") return Response.json({ ok: true, preview: await previewAnkiPackage(bytes, limits) });
    const summary = await importAnkiPackage(user.id, bytes, {
      timeZone: user.timeZone, rollover: user.dayStartHour, policy: parsed.data.policy, deckInto: parsed.data.target === "deck" ? deck.title : undefined,
    });
    revalidatePath("/decks");
    revalidatePath(`/decks/${deckId}`);
    return Response.json({ ok: true, summary });
  } catch (err) {
    if (err instanceof NotFoundError) return Response.json({ ok: false, message: err.message }, { status: 404 });
    if (err instanceof AnkiPackageError) return Response.json({ ok: false, message: err.message }, { status: 400 });
    throw err;
  }
}
