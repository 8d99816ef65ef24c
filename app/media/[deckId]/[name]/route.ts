import { currentUser } from "@/lib/auth/session";
import { getDeckMedia } from "@/lib/data/media";

// Images and audio of a deck's cards. Served with their stored content type, never sniffed, and
// sandboxed (an SVG cannot run script in the app's origin).
export async function GET(_req: Request, { params }: { params: Promise<{ deckId: string; name: string }> }) {
  const user = await currentUser();
  if (!user) return new Response("Sign in to see this file.", { status: 401 });
  const { deckId, name } = await params;
  const file = await getDeckMedia(user.id, deckId, decodeURIComponent(name));
  if (!file) return new Response("Not found.", { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType, "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      "cache-control": "private, max-age=86400", etag: `"${file.sha256}"`,
    },
  });
}
