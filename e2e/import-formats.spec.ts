// Book formats on the Import page: a text PDF, a photo of a page (OCR) and an EPUB each become
// chapters whose cards carry the printed page numbers.
import { expect, test, type Page } from "@playwright/test";
import { signIn, DEMO_INSTRUCTOR } from "./helpers";
import { buildBookPdf } from "../tests/support/pdf-book";
import { buildEpub } from "../tests/support/zip-fixtures";
import { renderPdfPage } from "../lib/import/ocr/render";

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/import");
  await page.getByLabel("Book or chapter file").setInputFiles(file);
  await page.getByRole("button", { name: "Import and generate cards" }).click();
  await expect(page.getByTestId("chapters")).toBeVisible({ timeout: 90_000 }); // the page polls the background job
}

async function expectCardsOnPages(page: Page, pages: string[]) {
  const candidates = page.getByTestId("candidate");
  await expect(candidates.first()).toBeVisible();
  const text = (await candidates.allInnerTexts()).join("\n");
  const cited = [...text.matchAll(/p\. (\d+)/g)].map((m) => m[1]);
  expect(cited.length).toBeGreaterThan(0);
  for (const p of cited) expect(pages).toContain(p);
  await candidates.first().click();
  await expect(page.getByTestId("source-panel")).toContainText(/Page \d+/);
}

test("a text PDF, a photo of a page and an EPUB become chapters with printed page numbers and cards", async ({ page }) => {
  test.setTimeout(300_000);
  const pdf = await buildBookPdf({ seed: 7, paragraphs: 14, firstPage: 36, runningHead: "THE SALT ROADS", pageNumbers: "head", footnoteEvery: 7 });
  const photo = await renderPdfPage(pdf.bytes, 2, 300, { maxPages: 10 });
  const epub = buildEpub();
  await signIn(page, DEMO_INSTRUCTOR);

  await importFile(page, { name: "salt-roads.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf.bytes) });
  await page.getByTestId("chapters").getByRole("link", { name: "Chapter 1: The Salt Roads" }).click();
  await expectCardsOnPages(page, ["36", "37", "38"]);
  await page.screenshot({ path: "test-results/screens/import-pdf.png", fullPage: true });

  await importFile(page, { name: "page-37.png", mimeType: "image/png", buffer: Buffer.from(photo.png) });
  await page.getByTestId("chapters").getByRole("link").first().click();
  await expectCardsOnPages(page, ["37"]);

  await importFile(page, { name: "harbour.epub", mimeType: "application/epub+zip", buffer: Buffer.from(epub.bytes) });
  await expect(page.getByTestId("chapters").getByRole("link")).toHaveText(["Chapter 1: Harbour Dues", "Chapter 2: The Ferry Charter"]);
  await page.getByTestId("chapters").getByRole("link").first().click();
  await expectCardsOnPages(page, [...new Set(epub.sentences.map((s) => s.page!))]);
});

test("a locked PDF is refused on upload with a message naming the problem", async ({ page }) => {
  const { encryptedPdf } = await import("../tests/support/bad-files");
  await signIn(page, DEMO_INSTRUCTOR);
  await page.goto("/import");
  await page.getByLabel("Book or chapter file").setInputFiles({ name: "locked.pdf", mimeType: "application/pdf", buffer: Buffer.from(await encryptedPdf()) });
  await page.getByRole("button", { name: "Import and generate cards" }).click();
  await expect(page.getByTestId("form-message")).toContainText("encrypted (password-protected)");
});
