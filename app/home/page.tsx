import { redirect } from "next/navigation";
import { homeFor, requireUser } from "@/lib/auth/session";

// Where sign-in lands: each role has its own start page.
export default async function HomeRedirect() {
  redirect(homeFor(await requireUser()));
}
