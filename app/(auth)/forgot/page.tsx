import Link from "next/link";
import { connection } from "next/server";
import { ForgotForm } from "@/components/auth/forgot-form";
import { mailConfigured } from "@/lib/mail";

export const metadata = { title: "Forgot password · Lectern" };

export default async function ForgotPage() {
  await connection(); // the mail settings are read at request time, not at build time
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Forgot your password?</h1>
      {mailConfigured() ? <ForgotForm /> : (
        <p className="text-sm" data-testid="ask-instructor">
          Ask your instructor for a password reset link: they can make one for any student in their class.
        </p>
      )}
      <p className="mt-4 text-sm"><Link href="/login" className="text-indigo-600 underline">Back to sign in</Link></p>
    </>
  );
}
