import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";

// A shareable join link: lands on the join form with the code filled in (joining is a POST).
export default async function JoinLink({ params }: { params: Promise<{ code: string }> }) {
  await requireUser();
  const { code } = await params;
  redirect(`/decks?join=${encodeURIComponent(code.slice(0, 20))}`);
}
