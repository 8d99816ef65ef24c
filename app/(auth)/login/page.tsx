import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser, homeFor } from "@/lib/auth/session";

export const metadata = { title: "Sign in · Lectern" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const user = await currentUser();
  if (user) redirect(homeFor(user));
  const { callbackUrl } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}
