import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail, DEMO_INSTRUCTOR } from "./helpers";

const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test("an instructor sets an assignment with an exam; the student sees pace on Today; the instructor sees readiness and predicted vs actual", async ({ browser }) => {
  test.setTimeout(300_000); // two browsers and many pages; generous on a loaded machine
  const teacher = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext()).newPage();
  const suffix = Date.now().toString(36);

  await signIn(teacher, DEMO_INSTRUCTOR);
  await teacher.getByLabel("Class name").fill(`Biology ${suffix}`);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { name: `Biology ${suffix}` })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();

  await teacher.goto("/decks");
  await teacher.getByLabel("Deck title").fill(`Cells ${suffix}`);
  await teacher.getByRole("button", { name: "Create deck" }).click();
  await expect(teacher.getByRole("heading", { name: `Cells ${suffix}` })).toBeVisible();
  for (const [i, [front, back]] of [["Powerhouse of the cell?", "Mitochondrion"], ["Site of protein synthesis?", "Ribosome"], ["Holds the DNA?", "Nucleus"]].entries()) {
    await teacher.getByLabel("Front", { exact: true }).fill(front);
    await teacher.getByLabel("Back").fill(back);
    await teacher.getByRole("button", { name: "Add card" }).click();
    await expect(teacher.getByTestId("card-row")).toHaveCount(i + 1);
  }

  // The assignment: introduce by in 3 days, exam in 10 days, exam-aware.
  await teacher.goto(classUrl);
  await teacher.getByRole("link", { name: "Assignments" }).click();
  await teacher.getByLabel("Title").fill("Organelles");
  await teacher.getByLabel("Deck").selectOption({ label: `Cells ${suffix}` });
  await teacher.getByLabel("Start date").fill(isoDay(0));
  await teacher.getByLabel("Introduce every card by").fill(isoDay(2));
  await teacher.getByLabel("Exam date (optional)").fill(isoDay(10));
  await teacher.getByRole("button", { name: "Create assignment" }).click();
  await expect(teacher.getByRole("heading", { name: "Organelles" })).toBeVisible();
  const assignmentUrl = teacher.url();
  await expect(teacher.getByText(/exam-aware scheduling/)).toBeVisible();

  // Student joins and sees the assignment with its pace on Today, then studies a card.
  const email = uniqueEmail("kim");
  await signUp(student, { name: "Kim Student", email, password: "learning is fun 123", role: "Student" });
  await expect(student).toHaveURL(/\/today$/);
  await student.goto("/decks");
  await student.getByLabel("Class join code").fill(code);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByTestId("form-message")).toContainText(`You joined Biology ${suffix}`);
  await student.goto("/today");
  const mine = student.getByTestId("my-assignments");
  await expect(mine).toContainText("Organelles");
  await expect(mine).toContainText("0/3 introduced");
  await expect(student.getByTestId("pace")).toContainText(/1 new card a day to finish by/);
  await student.getByRole("link", { name: `Study Cells ${suffix}` }).click();
  await expect(student.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  await student.keyboard.press("Space");
  await expect(student.getByTestId("card-back")).toBeVisible();
  await student.keyboard.press("4"); // Easy: straight to review
  await expect(student.getByTestId("card-front")).not.toHaveText("Powerhouse of the cell?"); // the answer was recorded
  await student.waitForLoadState("networkidle"); // the answer's server action has finished
  await student.goto("/today");
  await expect(student.getByTestId("my-assignments")).toContainText("1/3 introduced");
  await expect(student.getByTestId("my-readiness")).toContainText("%");
  await student.goto("/stats");
  await expect(student.getByTestId("readiness-stats")).toContainText("Organelles");

  // Pre-exam cram: the Easy card (stability ~8 days) is predicted below 90% on exam day 10 days away,
  // so it is offered; cramming makes it due now without touching its memory state.
  await student.goto("/today");
  await student.getByRole("button", { name: /Cram for the exam: review the 1 card predicted below 90%/ }).click();
  await expect(student).toHaveURL(/\/review\?deck=/);
  await expect(student.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  await expect(student.getByTestId("count-review")).toHaveText("Review: 1");
  await expect(student.getByTestId("card-front")).toContainText("Powerhouse of the cell?");

  // Instructor: readiness in the class progress roster and on the assignment page.
  await teacher.goto(`${classUrl}/progress`);
  await teacher.getByRole("link", { name: /Exam readiness/ }).click();
  await expect(teacher.getByTestId("roster-table")).toContainText("%");
  const csv = await teacher.request.get(`${classUrl}/progress/roster.csv`);
  expect(await csv.text()).toContain("Exam readiness (%)");
  await teacher.goto(assignmentUrl);
  await expect(teacher.getByTestId("class-readiness")).toContainText("%");
  await expect(teacher.getByTestId("assignment-roster")).toContainText("1/3");

  // Scores wait for the exam day.
  await teacher.getByLabel(/Scores, one student per line/).fill(`${email}, 70`);
  await teacher.getByRole("button", { name: "Save scores" }).click();
  await expect(teacher.getByTestId("form-message")).toHaveText(`Scores can be entered from the exam day, ${isoDay(10)}.`);
  await expect(teacher.getByTestId("predicted-vs-actual")).toHaveCount(0);

  // Move the exam into the past (two days ago: past in every time zone and rollover hour).
  await teacher.getByText("Edit assignment").click();
  await teacher.getByLabel("Start date").fill(isoDay(-4));
  await teacher.getByLabel("Introduce every card by").fill(isoDay(-3));
  await teacher.getByLabel("Exam date (optional)").fill(isoDay(-2));
  await teacher.getByRole("button", { name: "Save assignment" }).click();
  await expect(teacher.getByTestId("form-message").filter({ hasText: "Assignment saved." })).toBeVisible();

  // After the exam: enter the score, see predicted vs actual.
  await teacher.reload();
  await teacher.getByLabel(/Scores, one student per line/).fill(`${email}, 70`);
  await teacher.getByRole("button", { name: "Save scores" }).click();
  await expect(teacher.getByTestId("form-message").filter({ hasText: "Saved 1 score." })).toBeVisible();
  await teacher.reload();
  await expect(teacher.getByTestId("predicted-vs-actual")).toContainText("actual 70%");
  await expect(teacher.getByTestId("assignment-roster")).toContainText("70%");
});
