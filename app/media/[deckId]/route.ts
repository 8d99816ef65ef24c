import { currentUser } from "@/lib/auth/session";
import { isExpected, NotFoundError } from "@/lib/data/errors";
import { MAX_IMAGE_BYTES, uploadDeckImage } from "@/lib/data/media-upload";

// An author uploads an image into their deck's media (multipart field "image"); answers
// { name } to insert as <img src="name">, or { error } with 400/401/404/413.
export async function POST(req: Request, { params }: { params: Promise<{ deckId: string }> }) {
  const user = await currentUser();
  if (!user) return Response.json({ error: "Sign in to upload images." }, { status: 401 });
  const { deckId } = await params;
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_IMAGE_BYTES + 64 * 1024) return Response.json({ error: `The image is over the limit of ${MAX_IMAGE_BYTES / 1024 / 1024} MB.` }, { status: 413 });
  let file: FormDataEntryValue | null;
  try {
    file = (await req.formData()).get("image");
  } catch {
    return Response.json({ error: "Send the image as a form upload." }, { status: 400 });
  }
  if (!(file instanceof Blob)) return Response.json({ error: "Choose an image to upload." }, { status: 400 });
  try {
    const image = await uploadDeckImage(user.id, deckId, new Uint8Array(await file.arrayBuffer()));
    return Response.json(image);
  } catch (e) {
    if (e instanceof NotFoundError) return Response.json({ error: e.message }, { status: 404 });
    if (isExpected(e)) return Response.json({ error: e.message }, { status: 400 });
    throw e;
  }
}
