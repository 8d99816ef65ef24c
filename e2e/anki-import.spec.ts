import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

test("a student imports an Anki package with media and history, sees its images and audio while studying", async ({ page, browser }) => {
  const file = path.join(os.tmpdir(), `lectern-e2e-${Date.now()}.apkg`);
  execFileSync(process.execPath, ["--import", "tsx", "e2e/fixtures/make-anki-package.ts", file]);
  await signUp(page, { name: "Anki Student", email: uniqueEmail("anki"), password: "correct horse battery", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/decks");
  await page.getByLabel("Deck title").fill("From Anki");
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: "From Anki" })).toBeVisible();
  const deckUrl = page.url();
  const deckId = deckUrl.split("/decks/")[1];

  await page.goto(`${deckUrl}/import`);
  await page.locator("#anki-file").setInputFiles(file);
  const form = page.getByRole("form", { name: "Import an Anki package" });
  await form.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("anki-preview");
  await expect(preview).toContainText("Notes4");
  await expect(preview).toContainText("Reviews8");
  await expect(preview).toContainText("Media files2");
  await form.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("anki-summary")).toContainText("4 new note(s), 0 updated, 0 unchanged; 8 review(s) added; 2 media file(s)");

  // Media: served to the owner with its type, refused to anyone signed out.
  const image = await page.request.get(`/media/${deckId}/paris.jpg`);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/jpeg");
  const stranger = await browser.newContext();
  expect((await stranger.request.get(`/media/${deckId}/paris.jpg`)).status()).toBe(401);
  await stranger.close();

  // Studying: the card with audio shows a player pointing at the deck's media; the image card its image.
  await page.goto(`/review?deck=${deckId}`);
  await expect(page.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  const seen = { audio: false, image: false };
  for (let i = 0; i < 12 && !(seen.audio && seen.image) && (await page.getByTestId("card").count()) > 0; i++) {
    const id = await page.getByTestId("card").getAttribute("data-card-id");
    if (await page.locator('[data-testid="card-front"] audio[data-sound]').count()) {
      await expect(page.locator('[data-testid="card-front"] audio[data-sound]')).toHaveAttribute("src", `/media/${deckId}/bonjour.mp3`);
      seen.audio = true;
    }
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    if (await page.locator('[data-testid="card-back"] img').count()) {
      await expect(page.locator('[data-testid="card-back"] img')).toHaveAttribute("src", `/media/${deckId}/paris.jpg`);
      seen.image = true;
    }
    await page.keyboard.press("3");
    await expect(page.locator(`[data-testid="card"]:not([data-card-id="${id}"])`).or(page.getByRole("heading", { name: "Session complete" }))).toBeVisible();
  }
  expect(seen).toEqual({ audio: true, image: true });
});
