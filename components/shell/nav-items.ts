export type NavItem = { href: string; label: string; icon: string };

export const STUDENT_NAV: NavItem[] = [
  { href: "/today", label: "Today", icon: "◎" },
  { href: "/decks", label: "Decks", icon: "▤" },
  { href: "/stats", label: "Stats", icon: "▥" },
];

export const INSTRUCTOR_NAV: NavItem[] = [
  { href: "/classes", label: "Classes", icon: "◉" },
  { href: "/decks", label: "Decks", icon: "▤" },
  { href: "/import", label: "Import", icon: "⇪" },
];

export function navFor(role: string): NavItem[] {
  return role === "INSTRUCTOR" ? INSTRUCTOR_NAV : STUDENT_NAV;
}
