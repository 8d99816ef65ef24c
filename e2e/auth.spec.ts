import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail, DEMO_INSTRUCTOR } from "./helpers";

test("a student signs up, sees the study shell, signs out and signs back in", async ({ page }) => {
  const email = uniqueEmail("student");
  await signUp(page, { name: "Sam Student", email, password: "a good long password", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Today", "Decks", "Stats"]) await expect(nav.getByRole("link", { name: label })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Classes" })).toHaveCount(0);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/today");
  await expect(page).toHaveURL(/\/login/); // signed-out visitors are sent to sign in

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("the wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Wrong email or password.");

  await page.getByLabel("Password").fill("a good long password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/today$/); // back where the redirect came from
});

test("sign-up explains a taken email and a weak password", async ({ page }) => {
  await signUp(page, { name: "Copy", email: DEMO_INSTRUCTOR, password: "a good long password", role: "Instructor" });
  await expect(page.getByText("An account with this email already exists").first()).toBeVisible();
  await signUp(page, { name: "Weak", email: uniqueEmail("weak"), password: "short", role: "Student" });
  await expect(page.getByText("Use at least 10 characters.").first()).toBeVisible();
});

test("an instructor sees the teaching shell, and it fits a phone screen", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, DEMO_INSTRUCTOR);
  await expect(page).toHaveURL(/\/classes$/);
  const tabs = page.getByRole("navigation", { name: "Sections" });
  for (const label of ["Classes", "Decks", "Import"]) await expect(tabs.getByRole("link", { name: label })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/screens/instructor-phone.png", fullPage: true });
});

test("after a wrong password the email stays filled in", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("student@lectern.test");
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Email")).toHaveValue("student@lectern.test");
});
