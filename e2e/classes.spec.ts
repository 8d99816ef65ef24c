import { expect, test } from "@playwright/test";
import { signIn, signUp, uniqueEmail, DEMO_INSTRUCTOR } from "./helpers";

test("an instructor builds a class deck with every card kind; a student joins by code, studies, and sees the instructor's fix", async ({ browser }) => {
  test.setTimeout(150_000);
  const teacher = await (await browser.newContext()).newPage();
  const student = await (await browser.newContext()).newPage();
  const suffix = Date.now().toString(36);

  // Instructor: class and deck with a basic, a reversed and a two-deletion cloze note.
  await signIn(teacher, DEMO_INSTRUCTOR);
  await teacher.getByLabel("Class name").fill(`Geography ${suffix}`);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { name: `Geography ${suffix}` })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();

  await teacher.goto("/decks");
  await teacher.getByLabel("Deck title").fill(`Capitals ${suffix}`);
  await teacher.getByRole("button", { name: "Create deck" }).click();
  await expect(teacher.getByRole("heading", { name: `Capitals ${suffix}` })).toBeVisible();
  const addCard = async (kind: string, front: string, back: string, rowsAfter: number) => {
    await teacher.getByLabel("Card type").selectOption(kind);
    await teacher.getByLabel(kind === "CLOZE" ? "Text" : "Front", { exact: true }).fill(front);
    await teacher.getByLabel(kind === "CLOZE" ? "Extra (optional)" : "Back", { exact: true }).fill(back);
    await teacher.getByRole("button", { name: "Add card" }).click();
    // Wait for this card's rows, not just a message (the previous add's message reads the same).
    await expect(teacher.getByTestId("card-row")).toHaveCount(rowsAfter);
    await expect(teacher.getByTestId("form-message").first()).toHaveText("Card added.");
  };
  await addCard("BASIC", "Capital of Australia?", "Sydney", 1);
  await addCard("REVERSED", "Kenya", "Nairobi", 3);
  await addCard("CLOZE", "{{c1::Ottawa}} is the capital of {{c2::Canada}}.", "", 5); // 1 + 2 + 2 cards

  await teacher.goto(classUrl);
  await teacher.getByLabel("Deck", { exact: true }).selectOption({ label: `Capitals ${suffix}` });
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByRole("link", { name: `Capitals ${suffix}` })).toBeVisible();

  // Student: join with the code typed in lower case, then study.
  await signUp(student, { name: "Jo Learner", email: uniqueEmail("jo"), password: "learning is fun 123", role: "Student" });
  await expect(student).toHaveURL(/\/today$/);
  await student.goto("/decks");
  await student.getByLabel("Class join code").fill(code.toLowerCase());
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByTestId("form-message")).toContainText(`You joined Geography ${suffix}`);

  await student.goto("/today");
  await student.getByRole("link", { name: `Study Capitals ${suffix}` }).click();
  await expect(student.getByTestId("card-front")).toHaveText("Capital of Australia?");
  await expect(student.getByTestId("review-session")).toHaveAttribute("data-hydrated", "true");
  await student.keyboard.press("Space");
  await expect(student.getByTestId("card-back")).toContainText("Sydney");
  await student.keyboard.press("1"); // Again: back in a minute

  // Instructor fixes the answer while the student is mid-session.
  await teacher.goto(classUrl.replace(/\/classes\/.*/, "/decks"));
  await teacher.getByRole("link", { name: `Capitals ${suffix}` }).first().click();
  await teacher.getByRole("link", { name: "Capital of Australia?" }).click();
  // The deck page has a "Back" field too (add a card): wait until the note's own form is shown.
  await expect(teacher).toHaveURL(/\/notes\//);
  await expect(teacher.getByLabel("Back", { exact: true })).toHaveValue("Sydney");
  await teacher.getByLabel("Back", { exact: true }).fill("Canberra");
  await teacher.getByRole("button", { name: "Save changes" }).click();
  await expect(teacher.getByTestId("form-message")).toContainText("Every student sees the change");

  // Keep studying; the relearning card returns (within Anki's 20-minute learn-ahead) with the fix.
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    const front = (await student.getByTestId("card-front").textContent())!;
    seen.push(front);
    await student.keyboard.press("Space");
    if (front === "Capital of Australia?") {
      await expect(student.getByTestId("card-back")).toContainText("Canberra");
      break;
    }
    if (front.includes("capital of")) {
      await expect(student.getByTestId("cloze-answer")).toHaveText(/Ottawa|Canada/); // deletion shown on reveal
    } else {
      await expect(student.getByTestId("card-back")).toBeVisible();
    }
    await student.keyboard.press("3");
    await expect(student.getByTestId("card-front")).not.toHaveText(front);
  }
  expect(seen).toContain("Kenya");
  expect(seen.some((f) => f.includes("[...]"))).toBe(true); // a cloze card with its blank
  expect(seen.at(-1)).toBe("Capital of Australia?");
  await student.screenshot({ path: "test-results/screens/student-sees-fix.png", fullPage: true });
  await teacher.goto(classUrl);
  await expect(teacher.getByTestId("roster")).toContainText("Jo Learner");
});
