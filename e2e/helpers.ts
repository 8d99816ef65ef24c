import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "lectern-demo";
export const DEMO_STUDENT = "student@lectern.test";
export const DEMO_INSTRUCTOR = "instructor@lectern.test";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
}

export async function signUp(page: Page, opts: { name: string; email: string; password: string; role: "Student" | "Instructor" }) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(opts.name);
  await page.getByLabel("Email").fill(opts.email);
  await page.getByLabel("Password").fill(opts.password);
  await page.getByLabel(opts.role).check();
  await page.getByRole("button", { name: "Create account" }).click();
}
