import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";

export default async function StudyLayout({ children }: { children: React.ReactNode }) {
  return <AppShell viewer={await requireUser()}>{children}</AppShell>;
}
