import { currentUser } from "@/lib/auth/session";
import { exportMyData } from "@/lib/data/my-data";
import { withUnavailable } from "@/lib/actions/unavailable-response";

/** Everything Lectern keeps about the signed-in user, as one JSON download. */
export const GET = withUnavailable(async () => {
  const user = await currentUser();
  if (!user) return new Response("Sign in to download your data.", { status: 401 });
  const now = new Date();
  const data = await exportMyData(user.id, now);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="lectern-my-data-${now.toISOString().slice(0, 10)}.json"`,
      "cache-control": "no-store",
    },
  });
});
