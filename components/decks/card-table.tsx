import Link from "next/link";
import type { BrowseRow } from "@/lib/data/browse";
import { renderCard, plainText } from "@/lib/notes/render";
import { input } from "@/components/ui/styles";

const STATE_LABEL = ["new", "learning", "review", "relearning"];

function preview(row: BrowseRow): string {
  const side = renderCard({ kind: row.kind, front: row.front, back: row.back }, row.ordinal).front;
  const text = plainText(side);
  return text.length > 140 ? text.slice(0, 140) + "…" : text;
}

/** Rows with checkboxes named cardIds; the surrounding form submits the bulk action. */
export function CardTable({ rows, deckId, owner }: { rows: BrowseRow[]; deckId: string; owner: boolean }) {
  if (!rows.length) return <p className="p-4 text-slate-500">No cards match.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-700">
          <tr>
            <th scope="col" className="p-2"><span className="sr-only">Select</span></th>
            <th scope="col" className="p-2">Card</th>
            <th scope="col" className="p-2">Type</th>
            <th scope="col" className="p-2">Tags</th>
            <th scope="col" className="p-2">My state</th>
            {owner && <th scope="col" className="p-2">Leech for</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((r) => (
            <tr key={r.cardId} data-testid="card-row">
              <td className="p-2"><input type="checkbox" name="cardIds" value={r.cardId} aria-label={`Select ${preview(r)}`} /></td>
              <td className="max-w-md p-2">
                {r.context && <span data-testid="card-row-context" className="block text-xs text-slate-500">{r.context}</span>}
                {owner ? <Link href={`/decks/${deckId}/notes/${r.noteId}`} className="text-indigo-700 hover:underline dark:text-indigo-300">{preview(r)}</Link> : preview(r)}
              </td>
              <td className="p-2 text-xs">{r.kind === "CLOZE" ? `cloze ${r.ordinal}` : r.kind === "REVERSED" ? (r.ordinal ? "reverse" : "forward") : "basic"}</td>
              <td className="p-2 text-xs">{r.tags.join(" ")}</td>
              <td className="p-2 text-xs">
                {STATE_LABEL[r.state ?? 0]}
                {r.suspended && <span className="ml-1 rounded bg-amber-100 px-1 text-amber-800">suspended</span>}
                {r.leech && <span className="ml-1 rounded bg-red-100 px-1 text-red-800">leech</span>}
              </td>
              {owner && <td className="p-2 text-xs">{r.leechStudents ? `${r.leechStudents} student(s)` : "—"}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BulkControls({ owner }: { owner: boolean }) {
  return (
    <div className="flex flex-wrap items-end gap-2 border-b border-slate-200 p-3 dark:border-slate-700">
      <label className="flex flex-col text-xs">With selected
        <select name="action" className={input} defaultValue="suspend">
          <option value="suspend">Suspend (for me)</option>
          <option value="unsuspend">Unsuspend (for me)</option>
          {owner && <option value="add-tag">Add tag</option>}
          {owner && <option value="remove-tag">Remove tag</option>}
          {owner && <option value="reset">Reset for everyone (new again)</option>}
          {owner && <option value="delete">Delete notes, keep review history</option>}
          {owner && <option value="delete-with-history">Delete notes and their review history</option>}
        </select>
      </label>
      {owner && <label className="flex flex-col text-xs">Tag<input name="tag" className={input} placeholder="tag" /></label>}
      <button type="submit" className="rounded-md bg-slate-800 px-3 py-2 text-sm text-white hover:bg-slate-700">Apply</button>
    </div>
  );
}
