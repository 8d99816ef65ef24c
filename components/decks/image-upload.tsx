"use client";

import { useRef, useState } from "react";

// Uploads an image into the deck's media and inserts <img src="name"> into the given textarea at
// the cursor. The server checks ownership, size and type; its message is shown as is.
export function ImageUpload({ deckId, target, label }: { deckId: string; target: () => HTMLTextAreaElement | null; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ busy?: boolean; error?: string }>({});
  async function upload(file: File) {
    setStatus({ busy: true });
    const body = new FormData();
    body.set("image", file);
    try {
      const res = await fetch(`/media/${encodeURIComponent(deckId)}`, { method: "POST", body });
      const json = (await res.json().catch(() => ({}))) as { name?: string; error?: string };
      if (!res.ok || !json.name) return setStatus({ error: json.error ?? `Upload failed (${res.status}).` });
      const area = target();
      if (area) {
        const tag = `<img src="${json.name}">`;
        const at = area.selectionStart ?? area.value.length;
        area.value = area.value.slice(0, at) + tag + area.value.slice(area.selectionEnd ?? at);
        area.focus();
        area.setSelectionRange(at + tag.length, at + tag.length);
      }
      setStatus({});
    } catch {
      setStatus({ error: "Upload failed: check your connection." });
    } finally {
      if (input.current) input.current.value = "";
    }
  }
  return (
    <div className="flex items-center gap-2 text-xs">
      <label className="cursor-pointer text-indigo-600 hover:underline">
        {status.busy ? "Uploading…" : label}
        <input ref={input} type="file" accept="image/png,image/jpeg,image/gif,image/webp" className="sr-only" disabled={status.busy}
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void upload(f); }} />
      </label>
      {status.error && <span role="alert" className="text-red-600">{status.error}</span>}
    </div>
  );
}
