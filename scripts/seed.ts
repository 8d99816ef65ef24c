// Seeds an empty database with a demo instructor, a demo student, a class and a small deck, so a
// newcomer sees something real at once. Does nothing when any user exists.
import { db } from "@/lib/db";
import { pool } from "@/lib/data/pg";
import { createAccount } from "@/lib/auth/accounts";
import { createDeck } from "@/lib/data/decks";
import { createNote, type NoteInput } from "@/lib/data/notes";
import { seedDemoHistory, seedDemoImport } from "./seed-demo-history";

export const DEMO_PASSWORD = "lectern-demo";
export const DEMO_INSTRUCTOR = "instructor@lectern.test";
export const DEMO_STUDENT = "student@lectern.test";

const NOTES: NoteInput[] = [
  { kind: "BASIC", front: "What was Tsaritsyn renamed, and when?", back: "Stalingrad, April 1925", tags: ["renamings"], source: { page: "4" } },
  { kind: "BASIC", front: "What was the septemvirate?", back: "The six Politburo members other than Trotsky, plus Kuibyshev: a group formed in August 1924 that replaced the Politburo as the general staff of the anti-Trotsky campaign", tags: ["party"], source: { page: "6" } },
  { kind: "CLOZE", front: "In May 1924 {{c1::Simbirsk}}, Lenin's birthplace, was renamed {{c2::Ulyanovsk}}.", back: "", tags: ["renamings"], source: { page: "4" } },
  { kind: "BASIC", front: "Who succeeded Sklyansky as Deputy People's Commissar for War in April 1924?", back: "Frunze", tags: ["army"], source: { page: "6" } },
  { kind: "REVERSED", front: "Lessons of October", back: "Trotsky's 1924 essay, written in Kislovodsk, published as the preface to volume 3 of his collected works", tags: ["trotsky"], source: { page: "8" } },
  { kind: "CLOZE", front: "The Lenin mausoleum was opened to visitors on {{c1::August 1, 1924}}.", back: "", tags: ["lenin"], source: { page: "4" } },
  { kind: "BASIC", front: "What did the Komsomol decide at its sixth congress in July 1924?", back: "To rename itself the Russian Leninist Communist League of Youth", tags: ["komsomol"], source: { page: "3" } },
  { kind: "CLOZE", front: "In June 1924 Yuzovka was renamed {{c1::Stalino}}.", back: "An iron and steel town in the Ukraine", tags: ["renamings"], source: { page: "4" } },
];

async function main() {
  if ((await db().user.count()) > 0) return;
  const instructor = await createAccount(db(), { email: DEMO_INSTRUCTOR, name: "Dr. Ada Instructor", password: DEMO_PASSWORD, role: "INSTRUCTOR" });
  const student = await createAccount(db(), { email: DEMO_STUDENT, name: "Sam Student", password: DEMO_PASSWORD, role: "STUDENT" });
  if (!instructor.ok || !student.ok) throw new Error("could not create demo accounts");
  const deck = await createDeck(instructor.user.id, {
    title: "Soviet Russia, 1924–1926", description: "Key facts from E. H. Carr, Socialism in One Country, vol. 2, chapter 11.",
  });
  for (const note of NOTES) await createNote(instructor.user.id, deck.id, note);
  const klass = await db().class.create({ data: { ownerId: instructor.user.id, name: "History 201", joinCode: "HIST-201" } });
  await db().classDeck.create({ data: { classId: klass.id, deckId: deck.id } });
  await db().enrollment.create({ data: { classId: klass.id, userId: student.user.id } });
  await seedDemoImport({ instructorId: instructor.user.id, deckId: deck.id });
  const more = await seedDemoHistory({ classId: klass.id, deckId: deck.id, password: DEMO_PASSWORD, now: new Date() });
  console.log(`[lectern] Seeded demo data. Sign in at the address below with (password ${DEMO_PASSWORD} for all):
  student     ${DEMO_STUDENT}  (a fresh start)
  instructor  ${DEMO_INSTRUCTOR}  (class History 201, join code HIST-201, with four classmates' progress)
  student     ${more}`);
}

// Both pools close, or the idle pg connections keep the process (and the launcher) waiting.
const closePools = () => Promise.all([db().$disconnect(), pool().end()]);
main()
  .then(closePools)
  .catch(async (err) => {
    console.error("[lectern] Seeding failed:", err);
    await closePools();
    process.exit(1);
  });
