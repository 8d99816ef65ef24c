import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn, DEMO_INSTRUCTOR, DEMO_STUDENT } from "./helpers";

// Automated WCAG 2 A/AA checks (axe-core) on every main screen, as each role sees it. Serious and
// critical findings fail the test; the list names each rule and element so it can be fixed.
async function audit(page: Page, path: string, navigate = true) {
  if (navigate) await page.goto(path);
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${path}: ${v.id} (${v.impact}) — ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
}

test("the main screens have no serious accessibility violations", async ({ browser }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  const anonymous = await (await browser.newContext()).newPage();
  for (const path of ["/", "/login", "/signup"]) found.push(...await audit(anonymous, path));

  const student = await (await browser.newContext()).newPage();
  await signIn(student, "maya@lectern.test");
  for (const path of ["/today", "/review", "/decks", "/stats", "/settings", "/settings/fsrs"]) found.push(...await audit(student, path));
  // The answer side with the grade buttons. Maya's synthetic history can leave nothing due at some
  // hours of the day, so this uses the demo student, whose new cards are always there.
  const learner = await (await browser.newContext()).newPage();
  await signIn(learner, DEMO_STUDENT);
  await learner.goto("/review");
  await expect(learner.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  await learner.keyboard.press("Space");
  await expect(learner.getByTestId("card-back")).toBeVisible();
  found.push(...await audit(learner, "/review (answer shown)", false));

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, DEMO_INSTRUCTOR);
  for (const path of ["/classes", "/decks", "/import"]) found.push(...await audit(teacher, path));
  await teacher.goto("/classes");
  await teacher.getByRole("link", { name: "Progress →" }).first().click();
  found.push(...await audit(teacher, new URL(teacher.url()).pathname));
  await teacher.goto("/decks");
  await teacher.getByRole("link", { name: "Soviet Russia, 1924–1926" }).first().click();
  found.push(...await audit(teacher, new URL(teacher.url()).pathname));
  await teacher.goto("/import");
  await teacher.getByTestId("source-item").first().getByRole("link").first().click();
  await teacher.getByTestId("chapters").getByRole("link").first().click();
  found.push(...await audit(teacher, new URL(teacher.url()).pathname));

  expect(found, found.join("\n")).toEqual([]);
});
