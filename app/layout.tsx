import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: "Lectern",
  description: "Turn book chapters into flashcards and study them with FSRS spaced repetition.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request: Next puts the request's CSP nonce (proxy.ts) on its inline
// scripts only while rendering, so a page prerendered at build time would have its scripts blocked.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
