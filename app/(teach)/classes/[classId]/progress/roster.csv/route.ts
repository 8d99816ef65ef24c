import { currentUser } from "@/lib/auth/session";
import { classRoster } from "@/lib/data/stats/class";
import { NotFoundError } from "@/lib/data/errors";
import { rosterCsv } from "@/lib/stats";

export async function GET(_req: Request, { params }: { params: Promise<{ classId: string }> }) {
  const user = await currentUser();
  if (!user || user.role !== "INSTRUCTOR") return new Response("Only the class's instructor can export its roster.", { status: 403 });
  const { classId } = await params;
  try {
    const rows = await classRoster(user.id, classId, new Date());
    return new Response("\uFEFF" + rosterCsv(rows), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="roster-${classId}.csv"` },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return new Response(err.message, { status: 404 });
    throw err;
  }
}
