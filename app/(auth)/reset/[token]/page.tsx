import Link from "next/link";
import { ResetForm } from "@/components/auth/reset-form";
import { resetTokenUsable } from "@/lib/auth/reset-tokens";
import { db } from "@/lib/db";
import { resetPasswordAction } from "../../reset-actions";

export const metadata = { title: "Choose a new password · Lectern", referrer: "no-referrer" };

export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await resetTokenUsable(db(), token, new Date()))) {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">This link no longer works</h1>
        <p className="text-sm" data-testid="reset-expired">Reset links work once, for 24 hours. <Link href="/forgot" className="text-indigo-600 underline">Ask for a new one</Link>.</p>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Choose a new password</h1>
      <ResetForm action={resetPasswordAction.bind(null, token)} />
    </>
  );
}
