import { currentUser } from "@/lib/auth/session";
import { exportFilename, notesForExport } from "@/lib/data/export";
import { NotFoundError } from "@/lib/data/errors";
import { notesToCsv } from "@/lib/exchange/csv-export";
import { buildApkg } from "@/lib/exchange/apkg-export";

export async function GET(req: Request, { params }: { params: Promise<{ deckId: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in to export decks.", { status: 401 });
  const { deckId } = await params;
  const format = new URL(req.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "apkg") return new Response("Unknown format: use csv or apkg.", { status: 400 });
  try {
    const { deck, notes } = await notesForExport(user.id, deckId);
    if (format === "csv") {
      return new Response("\uFEFF" + notesToCsv(notes), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${exportFilename(deck.title, "csv")}"` },
      });
    }
    const bytes = await buildApkg({ name: deck.title, description: deck.description }, notes, { now: new Date() });
    return new Response(Buffer.from(bytes), {
      headers: { "content-type": "application/octet-stream", "content-disposition": `attachment; filename="${exportFilename(deck.title, "apkg")}"` },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return new Response(err.message, { status: 404 });
    throw err;
  }
}
