"use client";
import { useEffect, useRef } from "react";
import type { Segment } from "@/lib/data/review/types";

/**
 * Renders card text; cloze segments are the blank on the front and the highlighted answer on the
 * back. Segments with `html` (imported Anki notes, sanitised on the server) render as markup; their
 * audio plays when the side appears and again with R (Anki's replay key). A card's context line
 * (plain text) goes above the text in small muted type: pass it on both sides, or once above both.
 */
export function CardFace({ segments, side, context }: { segments: Segment[]; side: "front" | "back"; context?: string | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const hasHtml = segments.some((s) => s.html);
  useEffect(() => {
    if (!hasHtml) return;
    const play = () => {
      const sounds = [...(ref.current?.querySelectorAll<HTMLAudioElement>("audio[data-sound]") ?? [])];
      sounds.forEach((a, i) => {
        a.currentTime = 0;
        if (i === 0) void a.play().catch(() => {}); // browsers may refuse autoplay before a gesture
        else sounds[i - 1].addEventListener("ended", () => void a.play().catch(() => {}), { once: true });
      });
    };
    play();
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      if (e.key === "r" || e.key === "R") play();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [hasHtml, segments]);
  const Wrapper = hasHtml ? "div" : "p";
  const face = (
    <Wrapper ref={ref} className="whitespace-pre-wrap text-xl leading-relaxed sm:text-2xl [&_img]:mx-auto [&_img]:max-h-80">
      {segments.map((s, i) =>
        s.cloze ? (
          <span key={i} data-testid={side === "front" ? "cloze-blank" : "cloze-answer"}
            className={side === "front"
              ? "rounded bg-indigo-100 px-1.5 font-semibold text-indigo-700 dark:bg-indigo-900 dark:text-indigo-200"
              : "rounded bg-emerald-100 px-1.5 font-semibold text-emerald-800 dark:bg-emerald-900 dark:text-emerald-200"}
            {...(s.html ? { dangerouslySetInnerHTML: { __html: s.html } } : { children: s.text })} />
        ) : s.html ? (
          <span key={i} data-testid="card-html" dangerouslySetInnerHTML={{ __html: s.html }} />
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </Wrapper>
  );
  if (!context) return face;
  return (
    <div>
      <CardContext context={context} />
      {face}
    </div>
  );
}

/** The context line alone, small and muted (review screens and the author's previews). */
export function CardContext({ context }: { context: string }) {
  return <p data-testid="card-context" className="mb-2 text-sm text-slate-500 dark:text-slate-400">{context}</p>;
}
