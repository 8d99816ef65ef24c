import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "./helpers";

test("a student sees what each retention costs, sets their own, and is told when there are too few reviews to optimize", async ({ page }) => {
  await signUp(page, { name: "Memory Tuner", email: uniqueEmail("fsrs"), password: "tuning my memory 7", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  await page.goto("/decks?join=HIST-201");
  await page.getByRole("button", { name: "Join class" }).click();
  await expect(page.getByTestId("form-message")).toContainText("You joined");

  await page.goto("/settings");
  await page.getByRole("link", { name: /memory model settings/i }).click();
  await expect(page.getByRole("heading", { name: "Memory model" })).toBeVisible();
  await expect(page.getByTestId("fsrs-status")).toHaveText("Default FSRS-6 parameters.");
  const table = page.getByTestId("workload-table");
  await expect(table.getByRole("row")).toHaveCount(5); // header + 80/85/90/95 %
  await expect(table).toContainText("90% (current)");
  await expect(page.getByTestId("workload-chart").locator(".recharts-bar-rectangle").first()).toBeVisible();

  await page.getByRole("button", { name: "Optimize" }).click();
  await expect(page.getByRole("status").filter({ hasText: "usable review" })).toContainText("Only 0 usable reviews were found");

  await page.getByLabel("Your desired retention").selectOption("0.85");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("form-message")).toContainText("Your desired retention is now 85%");
  await expect(page.getByTestId("workload-table")).toContainText("85% (current)");

  await page.getByRole("button", { name: "Evaluate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Not enough reviews yet" })).toBeVisible();
  await page.getByLabel("Ignore reviews before", { exact: true }).fill("2025-01-01");
  await page.getByRole("button", { name: "Save date" }).click();
  await expect(page.getByTestId("form-message").filter({ hasText: "Answers before 2025-01-01" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Ignore reviews before", { exact: true })).toHaveValue("2025-01-01");
  await page.screenshot({ path: "test-results/screens/memory-model.png", fullPage: true });
});

test("a student with months of history optimizes FSRS in the background, sees before/after metrics, and can revert", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "maya@lectern.test");
  await page.goto("/settings/fsrs");
  await expect(page.getByTestId("fsrs-status")).toHaveText("Default FSRS-6 parameters.");
  await page.getByRole("button", { name: "Evaluate" }).click();
  await expect(page.getByRole("status").filter({ hasText: "With the default parameters: log loss" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("button", { name: "Optimize" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Optimization started" })).toBeVisible();
  // The job runs in its own process; the page polls until it is done.
  await expect(page.getByTestId("fsrs-jobs").locator("li").first()).toHaveAttribute("data-status", "done", { timeout: 60_000 });
  await expect(page.getByTestId("fsrs-status")).toContainText("Personal parameters, fitted");
  const metrics = page.getByTestId("fsrs-metrics");
  await expect(metrics).toContainText("Log loss");
  const [before, after] = (await metrics.getByRole("row").nth(1).getByRole("cell").allTextContents()).slice(1).map(Number);
  expect(after).toBeLessThan(before); // applied only because it predicts her history better
  await expect(page.getByTestId("fsrs-metrics-note")).toContainText("as Anki's Evaluate computes them");
  await page.screenshot({ path: "test-results/screens/memory-model-fitted.png", fullPage: true });

  await page.getByRole("button", { name: "Revert to previous" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Previous parameters restored" })).toBeVisible();
});
