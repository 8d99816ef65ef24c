import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

test("an author adds an image to a new card and sees it on review; a non-image is refused", async ({ page }) => {
  await signUp(page, { name: "Image Author", email: uniqueEmail("img"), password: "correct horse battery", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/decks");
  await page.getByLabel("Deck title").fill("Pictures");
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: "Pictures" })).toBeVisible();
  const deckId = page.url().split("/decks/")[1];

  const form = page.getByRole("form", { name: "Add card" });
  await form.getByLabel("Front", { exact: true }).fill("Which dot? ");
  await form.getByLabel("Back", { exact: true }).fill("This one: ");
  await form.locator('input[type="file"]').nth(1).setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("<svg onload=alert(1)>") });
  await expect(form.getByRole("alert")).toContainText("not a PNG, JPEG, GIF or WebP");
  await form.locator('input[type="file"]').nth(1).setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: PNG });
  await expect(form.getByLabel("Back", { exact: true })).toHaveValue(/^This one: <img src="lectern-[0-9a-f]{20}\.png">$/);
  await form.getByRole("button", { name: "Add card" }).click();
  await expect(page.getByText("Which dot?").first()).toBeVisible();

  await page.goto(`/review?deck=${deckId}`);
  await expect(page.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  await page.keyboard.press("Space");
  const img = page.locator('[data-testid="card-back"] img');
  await expect(img).toHaveAttribute("src", new RegExp(`^/media/${deckId}/lectern-[0-9a-f]{20}\\.png$`));
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(1);
});
