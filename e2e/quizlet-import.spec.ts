import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test("a Quizlet export with custom separators goes through the CSV import preview", async ({ page }) => {
  await signUp(page, { name: "Quizlet Student", email: uniqueEmail("quizlet"), password: "correct horse battery", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/decks");
  await page.getByLabel("Deck title").fill("From Quizlet");
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: "From Quizlet" })).toBeVisible();
  const deckUrl = page.url();
  await page.goto(`${deckUrl}/import`);

  const form = page.getByRole("form", { name: "Preview import" });
  await form.getByLabel(/or paste rows/).fill("mitosis - cell division, in one round;meiosis - makes gametes;no separator here");
  await form.getByLabel("Quizlet export with my separators").check();
  await form.getByLabel("Between term and definition").fill(" - ");
  await form.getByLabel("Between rows").fill(";");
  await form.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("cell division, in one round");
  await expect(preview).toContainText("meiosis");
  await expect(page.getByTestId("import-errors")).toContainText('Row 3: no term separator " - "');
  await page.getByRole("button", { name: "Import 2 card(s)" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Imported 2 card(s); skipped 1 line(s) with errors.");
  await page.goto(deckUrl);
  await expect(page.getByText("mitosis").first()).toBeVisible();
});
