import { expect, test } from "@playwright/test";
import { signIn, DEMO_INSTRUCTOR } from "./helpers";

test("an import takes its author from the text's title block, and the author is edited on the import's page", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto("/import");
  await expect(page.getByLabel("Author (optional)")).toBeVisible();
  const title = `The Ferry Year ${Date.now()}`;
  await page.getByLabel("…or paste the text").fill(`# ${title}\n\n*by Mara Quill*\n\nThe ferry crossed at dawn. I paid the toll keeper two pence and walked up to the market, where the salt was weighed in the square. The traders left before noon.`);
  await page.getByRole("button", { name: "Import and generate cards" }).click();
  await expect(page.getByTestId("chapters")).toBeVisible({ timeout: 60_000 });
  const author = page.getByRole("form", { name: "Book's author" }).getByLabel("Author");
  await expect(author).toHaveValue("Mara Quill"); // read from the "by" line under the title

  await author.fill("Ida  Merrow");
  await page.getByRole("button", { name: "Save author" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Author saved.");
  await page.goto("/import");
  await expect(page.getByTestId("source-item").filter({ hasText: title })).toContainText("by Ida Merrow");
});
