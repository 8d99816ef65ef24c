// Anki's plain-text notes export starts with "#key:value" lines (rslib/src/import_export/text/csv):
// #separator:tab|comma|semicolon|space|pipe|colon (or the character), #html:true|false,
// #tags column:N, #notetype column:N, #deck column:N, #guid column:N (1-based). They say how to
// read the rows that follow, so no guessing is needed.
export type AnkiTextHeaders = {
  body: string;
  delimiter?: string;
  html?: boolean;
  columns: { tags?: number; notetype?: number; deck?: number; guid?: number }; // 0-based
  found: boolean;
};

const SEPARATORS: Record<string, string> = { tab: "\t", comma: ",", semicolon: ";", space: " ", pipe: "|", colon: ":" };

export function readAnkiTextHeaders(text: string): AnkiTextHeaders {
  const lines = text.split(/\r?\n/);
  const out: AnkiTextHeaders = { body: text, columns: {}, found: false };
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^#([a-z ]+):(.*)$/i.exec(lines[i]);
    if (!m) break;
    const key = m[1].trim().toLowerCase();
    const value = m[2].trim();
    out.found = true;
    if (key === "separator") out.delimiter = SEPARATORS[value.toLowerCase()] ?? (value.length === 1 ? value : undefined);
    else if (key === "html") out.html = value.toLowerCase() === "true";
    else if (key.endsWith(" column")) {
      const n = Number(value);
      const name = key.slice(0, -" column".length) as keyof AnkiTextHeaders["columns"];
      if (Number.isInteger(n) && n >= 1 && ["tags", "notetype", "deck", "guid"].includes(name)) out.columns[name] = n - 1;
    }
  }
  if (out.found) out.body = lines.slice(i).join("\n");
  return out;
}
