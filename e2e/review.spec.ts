import { expect, test } from "@playwright/test";
import { signIn, DEMO_STUDENT } from "./helpers";

test("a student studies the demo deck with the keyboard only, undoes an answer and finishes", async ({ page }) => {
  await signIn(page, DEMO_STUDENT);
  await page.goto("/today");
  await expect(page.getByTestId("due-total")).toContainText("cards to study");
  await page.getByRole("link", { name: "Study all" }).click();

  const card = page.getByTestId("card");
  await expect(card).toBeVisible();
  await expect(page.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  const firstId = await card.getAttribute("data-card-id");
  await expect(page.getByTestId("card-back")).toHaveCount(0);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await expect(page.getByTestId("interval-1")).toHaveText("1m"); // first learning step
  await expect(page.getByTestId("interval-3")).toHaveText("10m");
  await page.keyboard.press("4");
  await expect(card).not.toHaveAttribute("data-card-id", firstId!);

  await page.keyboard.press("z"); // undo brings the same card back, as new
  await expect(page.getByTestId("review-message")).toHaveText("Undid your last answer.");
  await expect(card).toHaveAttribute("data-card-id", firstId!);

  let answered = 0;
  const seen = new Set<string>();
  while (answered < 30 && (await page.getByTestId("card").count()) > 0) {
    const id = (await card.getAttribute("data-card-id"))!;
    seen.add(id);
    if ((await page.getByTestId("cloze-blank").count()) > 0) {
      await page.keyboard.press("Space");
      await expect(page.getByTestId("cloze-answer").first()).toBeVisible(); // the deletion is shown on reveal
    } else {
      await page.keyboard.press("Space");
      await expect(page.getByTestId("card-back")).toBeVisible();
    }
    await page.keyboard.press("4");
    // The answer is saved once another card or the summary replaces this one.
    await expect(page.locator(`[data-testid="card"]:not([data-card-id="${id}"])`).or(page.getByRole("heading", { name: "Session complete" }))).toBeVisible();
    answered++;
  }
  await expect(page.getByRole("heading", { name: "Session complete" })).toBeVisible();
  expect(seen.size).toBe(8); // one card per note: siblings are buried until tomorrow
  await expect(page.getByTestId("summary-answered")).toContainText("You answered 8 cards");
  await expect(page.getByRole("definition").filter({ hasText: /^\d+$/ }).last()).toHaveText("8"); // Easy, the undone answer not counted
  await page.screenshot({ path: "test-results/screens/review-summary.png", fullPage: true });
});
