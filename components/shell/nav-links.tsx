"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "./nav-items";

/** Top links on wide screens, a bottom tab bar on phones; the current page is marked for screen readers. */
export function NavLinks({ items, variant }: { items: NavItem[]; variant: "top" | "bottom" }) {
  const path = usePathname();
  const isActive = (href: string) => path === href || path.startsWith(href + "/");
  if (variant === "top") {
    return (
      <ul className="hidden items-center gap-1 sm:flex">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isActive(item.href) ? "page" : undefined}
              className="rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-700 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=page]:bg-indigo-950 dark:aria-[current=page]:text-indigo-200">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="fixed inset-x-0 bottom-0 z-20 grid border-t border-slate-200 bg-white/95 backdrop-blur sm:hidden dark:border-slate-700 dark:bg-slate-900/95"
      style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} aria-current={isActive(item.href) ? "page" : undefined}
            className="flex flex-col items-center py-2 text-xs text-slate-600 aria-[current=page]:text-indigo-700 dark:text-slate-300 dark:aria-[current=page]:text-indigo-300">
            <span aria-hidden className="text-lg leading-none">{item.icon}</span>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
