import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser, homeFor } from "@/lib/auth/session";

export const metadata = { title: "Sign in · Lectern" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string }> }) {
  const user = await currentUser();
  if (user) redirect(homeFor(user));
  const { callbackUrl, reset } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {reset && <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Password changed. Sign in with your new password.</p>}
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}
