// A quotation set off on its own lines after the words that lead into it ("in his own words,",
// "upon having", "as follows:--"): the sentence runs on into the quotation. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const OPENING = "The town kept its old laws long after the kingdom had changed its own, and the mill was the oldest of its institutions.";
const sentences = (text: string) => cleanDocument(`CHAPTER 1.\n\n${OPENING}\n\n${text}\n`).chapters[0].sentences.map((s) => s.text).slice(1);

describe("a quotation after its lead-in", () => {
  it("completes a sentence that runs into it after a comma", () => {
    expect(sentences(`He ruled by consent where he could, and by force where he must; in his own
words,

    "Holding the Law and the Sword both in one hand."

Later writers praised him for it.`)).toEqual([
      'He ruled by consent where he could, and by force where he must; in his own words, "Holding the Law and the Sword both in one hand."',
      "Later writers praised him for it.",
    ]);
  });

  it("completes a sentence cut after a verb, and the text after the verse goes on with it", () => {
    expect(sentences(`Most writers read the law this way, and it agrees with his poems. He boasts
in them of having

    "Lifted the stones that on the fields were laid,
    And set the farmer free, who once was bound,"

and of calling the exiles home.`)).toEqual([
      "Most writers read the law this way, and it agrees with his poems.",
      'He boasts in them of having "Lifted the stones that on the fields were laid, And set the farmer free, who once was bound," and of calling the exiles home.',
    ]);
  });

  it("follows a lead-in ending in a colon and a dash", () => {
    expect(sentences(`The charter of the mill goes on as follows:--\n\n"No mill shall be forfeit for a man drowned in its race."`)).toEqual([
      'The charter of the mill goes on as follows:— "No mill shall be forfeit for a man drowned in its race."',
    ]);
  });

  it("is a paragraph of its own after a finished sentence", () => {
    expect(sentences(`He ruled by consent where he could.\n\n"Holding the Law and the Sword," he wrote, "is the whole of it."`)).toEqual([
      "He ruled by consent where he could.",
      '"Holding the Law and the Sword," he wrote, "is the whole of it."',
    ]);
  });
});
