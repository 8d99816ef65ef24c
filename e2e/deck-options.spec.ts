import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signUp, uniqueEmail } from "./helpers";

/** Serious or critical WCAG 2 A/AA findings on the page as it is now (as e2e/a11y.spec.ts). */
async function axe(page: Page) {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${page.url()}: ${v.id} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
}

async function createDeck(page: Page, title: string, cards: { front: string; back: string; tags?: string }[]) {
  await page.goto("/decks");
  await page.getByLabel("Deck title").fill(title);
  await page.getByRole("button", { name: "Create deck" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  for (const [i, c] of cards.entries()) {
    await page.getByLabel("Front", { exact: true }).fill(c.front);
    await page.getByLabel("Back", { exact: true }).fill(c.back);
    await page.getByLabel("Tags (optional, separated by spaces)").fill(c.tags ?? "");
    await page.getByRole("button", { name: "Add card" }).click();
    await expect(page.getByTestId("card-row")).toHaveCount(i + 1);
  }
  return page.url();
}

const openOptions = (page: Page) => page.getByText("Deck options (preset, FSRS, limits, load balancing, leeches)").click();

test("deck options: a shared preset with load balancing and easy days, the simulator, and custom study with and without rescheduling", async ({ page }) => {
  test.setTimeout(120_000);
  const suffix = Date.now().toString().slice(-6);
  await signUp(page, { name: "Preset Student", email: uniqueEmail("presets"), password: "presets are shared 9", role: "Student" });
  await expect(page).toHaveURL(/\/today$/);
  const verbs = await createDeck(page, `Verbs ${suffix}`, [
    { front: "to go (fr)", back: "aller", tags: "verbs" }, { front: "to be (fr)", back: "être", tags: "verbs" }, { front: "house (fr)", back: "maison", tags: "nouns" },
  ]);
  const nouns = await createDeck(page, `Nouns ${suffix}`, [{ front: "dog (fr)", back: "chien" }]);

  // Presets: create one from the Nouns deck, then put the Verbs deck on it too.
  await openOptions(page);
  await page.getByText("New, rename or delete preset").click();
  await page.getByLabel("New preset from these settings").fill(`Shared ${suffix}`);
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page.getByTestId("form-message").filter({ hasText: `Preset "Shared ${suffix}" created` })).toBeVisible();
  await page.goto(verbs);
  await openOptions(page);
  await page.getByLabel("Options preset").selectOption({ label: `Shared ${suffix} (1 deck)` });
  await page.getByRole("button", { name: "Use preset" }).click();
  await expect(page.getByTestId("form-message").filter({ hasText: "now uses the chosen preset" })).toBeVisible();
  await page.reload();
  await openOptions(page);
  await expect(page.getByTestId("preset-sharing")).toContainText(`Shared with: Nouns ${suffix}`);

  // Load balancing and Easy Days on the shared preset reach the other deck.
  await page.getByRole("checkbox", { name: /Load balancing/ }).check();
  await page.getByLabel("Sunday").selectOption("0");
  await page.getByLabel("Saturday").selectOption("0.5");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByTestId("form-message").filter({ hasText: `preset "Shared ${suffix}" changed for its 2 decks` })).toBeVisible();
  await page.goto(nouns);
  await openOptions(page);
  await expect(page.getByRole("checkbox", { name: /Load balancing/ })).toBeChecked();
  await expect(page.getByLabel("Sunday")).toHaveValue("0");
  await expect(page.getByLabel("Saturday")).toHaveValue("0.5");
  const findings = await axe(page); // the deck page with its options open

  // The simulator: the student's own cards at four retentions, three charts.
  await page.goto(verbs);
  await page.getByRole("link", { name: "Simulate workload" }).click();
  await expect(page.getByRole("heading", { name: "Workload simulator" })).toBeVisible();
  await expect(page.getByTestId("simulator-summary")).toContainText("3 new ones");
  await expect(page.getByTestId("simulator-table").getByRole("row")).toHaveCount(5);
  await expect(page.getByTestId("simulator-table")).toContainText("90% (current)");
  await expect(page.getByTestId("simulator-charts").locator(".recharts-line").first()).toBeVisible();
  await page.screenshot({ path: "test-results/screens/simulator.png", fullPage: true });
  findings.push(...await axe(page));

  // Custom study without rescheduling: the cards stay new.
  await page.goto(`${verbs}/custom`);
  findings.push(...await axe(page));
  await page.getByRole("radio", { name: /Preview/ }).check();
  await page.getByRole("button", { name: "Start custom study" }).click();
  await expect(page.getByTestId("custom-session")).toBeVisible();
  findings.push(...await axe(page));
  for (let i = 0; i < 3; i++) {
    await page.getByRole("button", { name: "Show answer" }).click();
    await page.getByRole("button", { name: /Good/ }).click();
  }
  await expect(page.getByTestId("custom-done")).toContainText("Your schedule was not changed.");
  await page.goto(`${verbs}?state=new`);
  await expect(page.getByTestId("card-row")).toHaveCount(3);

  // With "reschedule cards based on my answers": a tag's cards go through the grade path.
  await page.goto(`${verbs}/custom`);
  await page.getByRole("radio", { name: /Cards tagged/ }).check();
  await page.getByLabel("Tag", { exact: true }).selectOption("nouns");
  await page.getByRole("checkbox", { name: /Reschedule cards based on my answers/ }).check();
  await page.getByRole("button", { name: "Start custom study" }).click();
  await page.getByRole("button", { name: "Show answer" }).click();
  await page.getByRole("button", { name: /Good/ }).click();
  await expect(page.getByTestId("custom-done")).toContainText("Your answers rescheduled these cards.");
  await page.goto(`${verbs}?state=learning`);
  await expect(page.getByTestId("card-row")).toHaveCount(1);
  await expect(page.getByTestId("card-row")).toContainText("house (fr)");
  expect(findings, findings.join("\n")).toEqual([]);
});
