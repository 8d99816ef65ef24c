import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { currentUser, homeFor } from "@/lib/auth/session";

export const metadata = { title: "Create account · Lectern" };

export default async function SignUpPage() {
  const user = await currentUser();
  if (user) redirect(homeFor(user));
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Create your account</h1>
      <SignUpForm />
    </>
  );
}
