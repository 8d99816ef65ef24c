import { expect, test } from "@playwright/test";
import path from "node:path";
import { signIn, DEMO_INSTRUCTOR } from "./helpers";

test("an instructor sees the likely rejects hidden by default, brings them back last with their reason, and loses none", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto("/import");
  await page.getByLabel("Book or chapter file").setInputFiles(path.join(process.cwd(), "tests", "fixtures", "chapters", "carr-ch11.md"));
  await page.getByRole("button", { name: "Import and generate cards" }).click();
  await expect(page.getByTestId("chapters")).toBeVisible({ timeout: 60_000 });
  await page.getByTestId("chapters").getByRole("link").first().click();

  const candidates = page.getByTestId("candidate");
  await expect(candidates.first()).toBeVisible();
  // The floor is on: its likely rejects are stored but hidden by default, and say how many.
  const hideBox = page.getByLabel("Hide likely rejects");
  await expect(hideBox).toBeChecked();
  const hiddenCount = page.getByTestId("hidden-count");
  await expect(hiddenCount).toHaveText(/^\d+ hidden \(still pending\)$/);
  const nHidden = Number((await hiddenCount.textContent())!.split(" ")[0]);
  expect(nHidden).toBeGreaterThan(0);
  const visibleByDefault = await candidates.count();
  await expect(page.getByTestId("likely-reject")).toHaveCount(0);

  await hideBox.uncheck();
  await expect(page).toHaveURL(/hide=none/);
  await expect(candidates).toHaveCount(visibleByDefault + nHidden);
  const total = visibleByDefault + nHidden;
  const flagged = page.getByTestId("candidate").filter({ has: page.getByTestId("likely-reject") });
  const nFlagged = await flagged.count();
  expect(nFlagged).toBe(nHidden);
  expect(nFlagged).toBeLessThan(total);
  await expect(flagged.first().getByTestId("likely-reject")).toContainText("Likely needs work");

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
});
