import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail, DEMO_INSTRUCTOR } from "./helpers";

test("after a few reviews the student's charts and the instructor's class dashboard show real data", async ({ browser }) => {
  test.setTimeout(150_000);
  const student = await (await browser.newContext()).newPage();
  await signUp(student, { name: "Chart Checker", email: uniqueEmail("charts"), password: "charts are nice 42", role: "Student" });
  await expect(student).toHaveURL(/\/today$/); // signed in before going on
  await student.goto("/decks?join=HIST-201");
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByTestId("form-message")).toContainText("You joined History 201");

  await student.goto("/review");
  await expect(student.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  for (const key of ["4", "3", "1", "4"]) {
    await student.keyboard.press("Space");
    await expect(student.getByTestId("card-back")).toBeVisible();
    const id = await student.getByTestId("card").getAttribute("data-card-id");
    await student.keyboard.press(key);
    await expect(student.getByTestId("card")).not.toHaveAttribute("data-card-id", id!);
  }

  await student.goto("/stats");
  await expect(student.getByTestId("stat-streak")).toHaveText("1 day");
  for (const chart of ["forecast-chart", "reviews-chart", "states-chart"]) {
    const bars = student.getByTestId(chart).locator(".recharts-bar-rectangle, .recharts-pie-sector");
    await expect(bars.first()).toBeVisible(); // the chart rendered marks, not an empty frame
    expect(await bars.count()).toBeGreaterThan(0);
  }
  await expect(student.getByTestId("heatmap").locator('[data-level]:not([data-level="0"])')).toHaveCount(1);
  await expect(student.getByTestId("retention-table")).toContainText("Today");
  const shot = await student.screenshot({ path: "test-results/screens/student-stats.png", fullPage: true });
  expect(shot.byteLength).toBeGreaterThan(20_000);

  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, DEMO_INSTRUCTOR);
  await teacher.getByRole("link", { name: "Progress →" }).first().click();
  await expect(teacher.getByTestId("roster-table")).toContainText("Chart Checker");
  await teacher.getByRole("link", { name: /Reviews \(7 d\)/ }).click();
  await expect(teacher).toHaveURL(/sort=reviews7/);
  await expect(teacher.getByTestId("retention-chart").locator(".recharts-bar-rectangle, .recharts-line-curve").first()).toBeVisible(); // drawn, not empty
  await expect(teacher.getByRole("heading", { name: "Hardest cards" })).toBeVisible();
  const csv = await teacher.request.get(teacher.url().replace(/progress.*$/, "progress/roster.csv"));
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Chart Checker");
  await teacher.screenshot({ path: "test-results/screens/class-progress.png", fullPage: true });
});
