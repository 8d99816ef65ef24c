import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { DeleteAccountForm } from "@/components/settings/delete-account-form";
import { panel } from "@/components/ui/styles";

export const metadata = { title: "Settings · Lectern" };

export default async function SettingsPage() {
  const user = await requireUser();
  const zones = Intl.supportedValuesOf("timeZone");
  if (!zones.includes("UTC")) zones.unshift("UTC");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <section className={panel} aria-labelledby="prefs"><h2 id="prefs" className="mb-3 font-medium">Study day</h2><PreferencesForm user={user} zones={zones} /></section>
      <section className={panel} aria-labelledby="memory">
        <h2 id="memory" className="mb-1 font-medium">Memory model</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">Fit FSRS to your own answers, set your desired retention and see what it costs.</p>
        <Link href="/settings/fsrs" className="mt-2 inline-block text-sm text-indigo-600 hover:underline">Open memory model settings →</Link>
      </section>
      <section className={panel} aria-labelledby="security">
        <h2 id="security" className="mb-1 font-medium">Password and sessions</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">Change your password, see where you are signed in, and sign out other browsers.</p>
        <Link href="/settings/security" className="mt-2 inline-block text-sm text-indigo-600 hover:underline">Open password and sessions →</Link>
      </section>
      <section className={panel} aria-labelledby="data">
        <h2 id="data" className="mb-1 font-medium">Your data</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">Download everything Lectern keeps about you (settings, the cards you study, every answer) as one JSON file.</p>
        <a href="/settings/data/export" download className="mt-2 inline-block text-sm text-indigo-600 hover:underline">Download my data</a>
        <h3 className="mt-4 font-medium">Delete my account</h3>
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-300">Deletes your account, your own decks and all your answers, at once and for good. Your answers also leave your classes&apos; statistics. Instructors first delete the classes they own.</p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
