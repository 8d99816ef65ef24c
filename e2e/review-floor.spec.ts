import { expect, test } from "@playwright/test";
import path from "node:path";
import { signIn, DEMO_INSTRUCTOR } from "./helpers";

test("an instructor puts the likely rejects last, sees why, and hides them without losing them", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto("/import");
  await page.getByLabel("Book or chapter file").setInputFiles(path.join(process.cwd(), "tests", "fixtures", "chapters", "carr-ch11.md"));
  await page.getByRole("button", { name: "Import and generate cards" }).click();
  await expect(page.getByTestId("chapters")).toBeVisible({ timeout: 60_000 });
  await page.getByTestId("chapters").getByRole("link").first().click();

  const candidates = page.getByTestId("candidate");
  await expect(candidates.first()).toBeVisible();
  // Likely rejects are shown by default; should the box be ticked, untick it to show them all.
  const hideBox = page.getByLabel("Hide likely rejects");
  const hiddenCount = page.getByTestId("hidden-count");
  if (await hideBox.isChecked()) {
    await hideBox.uncheck();
    await expect(page).toHaveURL(/hide=none/);
  }
  await expect(hiddenCount).toHaveCount(0);
  const total = await candidates.count();
  const flagged = page.getByTestId("candidate").filter({ has: page.getByTestId("likely-reject") });
  const nFlagged = await flagged.count();
  expect(nFlagged).toBeGreaterThan(0);
  expect(nFlagged).toBeLessThan(total);
  await expect(flagged.first().getByTestId("likely-reject")).toContainText("Likely needs work");
  // The ranker's reason in plain words: no feature names ("type:cause", "answer-rarity"), no weights ("+0.39").
  const rankedFor = candidates.first().getByTestId("ranked-for");
  await expect(rankedFor).toContainText("Ranked high for: ");
  await expect(rankedFor).not.toContainText(/\+\d|\b[a-z]+:[a-z]|\b[a-z]+-[a-z]+ \+/);

  await page.getByLabel("Order").selectOption({ label: "Most likely publishable first" });
  await expect(page).toHaveURL(/order=publishable/);
  // Every flagged card comes after every other one: the last ones are flagged, the first is not.
  await expect(candidates.last().getByTestId("likely-reject")).toBeVisible();
  await expect(candidates.nth(total - nFlagged).getByTestId("likely-reject")).toBeVisible();
  await expect(candidates.nth(total - nFlagged - 1).getByTestId("likely-reject")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/review-floor.png", fullPage: true });

  await page.reload(); // the choice is in the URL
  await expect(page.getByLabel("Order")).toHaveValue("publishable");
  await expect(hideBox).not.toBeChecked();
  await hideBox.check();
  await expect(candidates).toHaveCount(total - nFlagged);
  await expect(hiddenCount).toHaveText(`${nFlagged} hidden (still pending)`);
  await hideBox.uncheck();
  await expect(candidates).toHaveCount(total);
  await expect(page.locator('[data-testid="candidate"][data-status="PENDING"]')).toHaveCount(total); // hidden, never changed

  // On a phone the list fits the screen: the one-line "Ranked high for:" is cut, not the page widened.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
