import Link from "next/link";
import { currentSessionId, requireUser } from "@/lib/auth/session";
import { listSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { ChangePasswordForm } from "@/components/security/change-password-form";
import { ActionButton } from "@/components/ui/action-button";
import { buttonDanger, buttonSecondary, panel } from "@/components/ui/styles";
import { endSessionAction, signOutEverywhereAction } from "./actions";

export const metadata = { title: "Password and sessions · Lectern" };

export default async function SecurityPage() {
  const user = await requireUser();
  const sessions = await listSessions(db(), user.id, await currentSessionId());
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm"><Link href="/settings" className="text-indigo-600 hover:underline">← Settings</Link></p>
      <h1 className="text-2xl font-semibold">Password and sessions</h1>
      <section className={panel} aria-labelledby="pw"><h2 id="pw" className="mb-3 font-medium">Change password</h2><ChangePasswordForm /></section>
      <section className={`${panel} space-y-3`} aria-labelledby="sessions">
        <h2 id="sessions" className="font-medium">Signed-in browsers</h2>
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="sessions">
          {sessions.map((s) => (
            <li key={s.id} className="flex items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium">{s.device}</span>{s.current && <span className="ml-2 rounded bg-emerald-100 px-1.5 text-xs text-emerald-800">this browser</span>}
                <span className="block text-xs text-slate-500">Last active <time dateTime={s.lastSeenAt.toISOString()}>{s.lastSeenAt.toUTCString()}</time> · signed in {s.createdAt.toUTCString()}</span>
              </span>
              {!s.current && <ActionButton action={endSessionAction.bind(null, s.id)} className={buttonSecondary}>End session</ActionButton>}
            </li>
          ))}
        </ul>
        <ActionButton action={signOutEverywhereAction} className={buttonDanger} confirm="Sign out on every browser, this one included?">Sign out everywhere</ActionButton>
      </section>
    </div>
  );
}
