"use client";

import { useEffect } from "react";

type Handlers = {
  reveal: () => void;
  grade: (rating: 1 | 2 | 3 | 4) => void;
  undo: () => void;
  suspend: () => void;
  bury: () => void;
  revealed: boolean;
};

/** Anki's keys: Space/Enter reveal (then Good), 1–4 grade, Z undo, @ or ! suspend, - bury. */
export function useReviewKeys(h: Handlers) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      const k = e.key;
      if (k === " " || k === "Enter") {
        if (target?.tagName === "BUTTON" && k === "Enter") return; // let a focused button do its own thing
        e.preventDefault();
        if (h.revealed) h.grade(3);
        else h.reveal();
      } else if (h.revealed && ["1", "2", "3", "4"].includes(k)) {
        e.preventDefault();
        h.grade(Number(k) as 1 | 2 | 3 | 4);
      } else if (k === "z" || k === "Z") {
        e.preventDefault();
        h.undo();
      } else if (k === "@" || k === "!") {
        e.preventDefault();
        h.suspend();
      } else if (k === "-") {
        e.preventDefault();
        h.bury();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [h]);
}
