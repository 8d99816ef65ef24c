import { expect, test } from "@playwright/test";
import path from "node:path";
import { signIn, DEMO_INSTRUCTOR } from "./helpers";

test("an instructor imports an OCR'd chapter, reviews generated cards beside the source and publishes them", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto("/import");
  await page.getByLabel("Book or chapter file").setInputFiles(path.join(process.cwd(), "tests", "fixtures", "chapters", "carr-ch11.md"));
  await page.getByRole("button", { name: "Import and generate cards" }).click();
  await expect(page.getByTestId("chapters")).toBeVisible({ timeout: 60_000 }); // the page polls the background job
  await page.getByTestId("chapters").getByRole("link").first().click();

  const candidates = page.getByTestId("candidate");
  await expect(candidates.first()).toBeVisible();
  expect(await candidates.count()).toBeGreaterThan(10);
  await candidates.nth(1).click();
  // The source sentence is highlighted: one mark per sentence the card was built from (an argument card
  // spans two adjacent sentences), so at least the first is visible.
  await expect(page.getByTestId("source-panel").locator("mark").first()).toBeVisible();

  await candidates.nth(0).getByRole("button", { name: "Reject" }).click();
  await expect(candidates.nth(0)).toHaveAttribute("data-status", "REJECTED");
  await candidates.nth(1).getByRole("button", { name: "Edit" }).click();
  await candidates.nth(1).getByLabel("Back").fill("An edited answer");
  await candidates.nth(1).getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("An edited answer")).toBeVisible();
  for (const i of [2, 3, 4]) await candidates.nth(i).getByRole("checkbox").check();
  await page.getByRole("button", { name: /Approve selected/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "3 card(s) approved" })).toBeVisible();

  await page.getByLabel("Deck", { exact: true }).selectOption("__new");
  await page.getByLabel("New deck title").fill(`Imported ${Date.now()}`);
  await page.getByRole("button", { name: /Publish 4 approved/ }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Published 4 card(s) into the deck.");

  // Regenerating keeps the reviewed cards.
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Regenerate" }).click();
  await expect(page.getByText(/Regenerated: \d+ new suggestion/)).toBeVisible();
  await expect(page.locator('[data-testid="candidate"][data-status="PUBLISHED"]')).toHaveCount(4);
  await expect(page.locator('[data-testid="candidate"][data-status="REJECTED"]')).toHaveCount(1);
  await page.screenshot({ path: "test-results/screens/import-review.png", fullPage: true });
});

test("a binary upload is refused with a clear message and nothing is saved", async ({ page }) => {
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto("/import");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const sources = page.getByTestId("source-item");
  const before = await sources.count();
  await page.getByLabel("Book or chapter file").setInputFiles({ name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n\x00\x00") });
  await page.getByRole("button", { name: "Import and generate cards" }).click();
  await expect(page.getByTestId("form-message")).toContainText("PDF");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(sources).toHaveCount(before); // nothing was saved
});
