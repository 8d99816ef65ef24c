import { currentUser } from "@/lib/auth/session";
import { classRoster } from "@/lib/data/stats/class";
import { NotFoundError } from "@/lib/data/errors";
import { rosterCsv } from "@/lib/stats";
import { rosterReadiness } from "@/lib/data/assignment-views";
import { withReadinessColumns } from "@/lib/assignments/roster-csv";

export async function GET(_req: Request, { params }: { params: Promise<{ classId: string }> }) {
  const user = await currentUser();
  if (!user || user.role !== "INSTRUCTOR") return new Response("Only the class's instructor can export its roster.", { status: 403 });
  const { classId } = await params;
  try {
    const [rows, ready] = await Promise.all([classRoster(user.id, classId, new Date()), rosterReadiness(user.id, classId, new Date())]);
    const csv = ready ? withReadinessColumns(rosterCsv(rows), rows.map((r) => ready.byUser.get(r.userId) ?? null)) : rosterCsv(rows);
    return new Response("\uFEFF" + csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="roster-${classId}.csv"` },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return new Response(err.message, { status: 404 });
    throw err;
  }
}
