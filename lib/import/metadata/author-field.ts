// The "Author" a user types (on the import form, or later on the import's page): spaces
// collapsed and trimmed, empty meaning "none" (null). Unlike metadata read from a file, which is
// dropped quietly when it is junk, what a person typed is refused with a message they can act on.
import { z } from "zod";
import { CONTROL_CHARS, META_MAX } from "./clean";

export const authorField = z
  .string()
  .max(4 * META_MAX, `Keep the author under ${META_MAX} characters.`) // refuse a huge paste before collapsing it
  .refine((s) => !CONTROL_CHARS.test(s), "The author cannot contain control characters.")
  .transform((s) => s.replace(/\s+/g, " ").trim())
  .refine((s) => s.length <= META_MAX, `Keep the author under ${META_MAX} characters.`)
  .transform((s) => (s ? s : null));
