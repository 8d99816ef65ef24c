import { requireUser } from "@/lib/auth/session";

export default async function Page() {
  await requireUser();
  return <h1 className="text-2xl font-semibold">Stats</h1>;
}
