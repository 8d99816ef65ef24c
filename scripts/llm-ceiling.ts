// The LLM generator's ceiling, measured without an endpoint: the shipped generator (lib/cards/llm.ts)
// runs with a `fetch` that answers each request from a reply file written by whoever plays the model
// (in session 21, a helper agent that saw only the request's messages). Three steps:
//
//   npx tsx scripts/llm-ceiling.ts prompts <dir> <fixture>...   writes <dir>/<fixture>/NN.request.md (system + user message)
//   (the model's stand-in writes <dir>/<fixture>/NN.reply.json, the message content: {"cards":[...]})
//   npx tsx scripts/llm-ceiling.ts queue <dir> --rater R <fixture>...   the generated top 40 into R's label queue
//   npx tsx scripts/llm-ceiling.ts score <dir> --rater R[,S…] [--json] <fixture>...   accept/edit/reject, recall, drops
//   (queue/score run the shipped default, no offline gates; --gates: the offline gates too, session 21's
//   arm A; queue --both: the union of both; prompts never overwrites a request that has a reply, unless --force)
//
// The chunking, author line, checks, ranker and selection are the shipped generator's own; only the
// network is replaced. A request with no reply file gets an empty card list (and is counted).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createLlmGenerator, LLM_SYSTEM } from "@/lib/cards/llm";
import { extendQueue, LabelIndex, pool, scoreChapter, type EvalCard } from "@/lib/cards/eval";
import { covers, RESIDUE } from "../tests/unit/cards/gold";
import { generationInputs, loadBooks, readGold, readLabels, readQueueFile, writeQueueFile } from "./lib/cards-eval";

const [command, dir, ...rest] = process.argv.slice(2);
const fail = (m: string): never => {
  process.stderr.write(`llm-ceiling: ${m}\n`);
  process.exit(2);
};
if (!command || !dir || !["prompts", "queue", "score"].includes(command)) fail("usage: prompts|queue|score <dir> [--rater R] <fixture>...");
const value = (flag: string) => (rest.includes(flag) ? rest[rest.indexOf(flag) + 1] : undefined);
const fixtures = rest.filter((a, i) => !a.startsWith("--") && rest[i - 1] !== "--rater");
if (!fixtures.length) fail("name at least one fixture");

type Run = { cards: EvalCard[]; requests: number; answered: number; proposed: number };

/** One fixture through the shipped LLM generator; `answer(n, user)` plays the endpoint for request n. */
async function run(fixture: string, answer: (n: number, user: string) => string | null, offlineGates = rest.includes("--gates")): Promise<Run> {
  const { chapters, options } = generationInputs(fixture, 40);
  let requests = 0;
  let answered = 0;
  let proposed = 0;
  const fakeFetch = (async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as { messages: { role: string; content: string }[] };
    const user = body.messages.find((m) => m.role === "user")?.content ?? "";
    const reply = answer(++requests, user);
    if (reply != null) answered++;
    const content = reply ?? '{"cards":[]}';
    try {
      proposed += (JSON.parse(content.match(/\{[\s\S]*\}/)?.[0] ?? "{}").cards ?? []).length;
    } catch {
      /* the generator reports an unreadable reply itself */
    }
    return new Response(JSON.stringify({ choices: [{ message: { content } }] }), { status: 200, headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;
  const generator = createLlmGenerator({ baseUrl: "http://model.invalid/v1", model: "stand-in", fetch: fakeFetch, offlineGates });
  const cards: EvalCard[] = [];
  for (const ch of chapters) {
    for (const c of await generator.generate(ch, options)) {
      cards.push({ kind: c.kind, front: c.front, back: c.back, ...(c.context ? { context: c.context } : {}), sentence: ch.sentences[c.source.sentence]?.text ?? "" });
    }
  }
  return { cards, requests, answered, proposed };
}

const folder = (fixture: string) => path.join(dir, fixture);
const nn = (n: number) => String(n).padStart(2, "0");
// A reply answers the request it was written for: when the chapter's text (or the prompt) changed
// since, the request no longer matches and the reply is not used (the request counts as unanswered).
const replyOf = (fixture: string) => (n: number, user: string) => {
  const f = path.join(folder(fixture), `${nn(n)}.reply.json`);
  const asked = path.join(folder(fixture), `${nn(n)}.request.md`);
  if (!existsSync(f)) return null;
  if (!existsSync(asked) || readFileSync(asked, "utf8") !== requestText(user)) {
    process.stderr.write(`llm-ceiling: ${fixture} request ${nn(n)} changed since its reply was written; not used\n`);
    return null;
  }
  return readFileSync(f, "utf8");
};
const requestText = (user: string) => `# System message\n\n${LLM_SYSTEM}\n\n# User message\n\n${user}\n`;

async function main() {
  if (command === "prompts") {
    for (const fixture of fixtures) {
      mkdirSync(folder(fixture), { recursive: true });
      const r = await run(fixture, (n, user) => {
        // A reply answers the request it was written for: rewriting that request would pair them again.
        if (existsSync(path.join(folder(fixture), `${nn(n)}.reply.json`)) && !rest.includes("--force")) fail(`${fixture} request ${nn(n)} already has a reply (use a new folder, or --force)`);
        writeFileSync(path.join(folder(fixture), `${nn(n)}.request.md`), requestText(user));
        return null;
      });
      console.log(`${fixture}: ${r.requests} request(s) written to ${folder(fixture)}`);
    }
    return;
  }
  const raters = value("--rater") ?? fail("--rater is required");
  if (command === "queue") {
    const rater = raters.split(",")[0];
    for (const fixture of fixtures) {
      const r = await run(fixture, replyOf(fixture));
      // --both: the union of the two arms' shown cards, so one blind round labels both.
      if (rest.includes("--both")) {
        const keys = new Set(r.cards.map((c) => `${c.front}\u0000${c.back}`));
        for (const c of (await run(fixture, replyOf(fixture), !rest.includes("--gates"))).cards) if (!keys.has(`${c.front}\u0000${c.back}`)) r.cards.push(c);
      }
      const { queue, added } = extendQueue(fixture, readQueueFile(fixture, rater), r.cards, readLabels(fixture), rater);
      writeQueueFile(fixture, queue, rater);
      console.log(`${fixture}: ${r.cards.length} cards (${r.answered}/${r.requests} requests answered), ${added} new in ${rater}'s queue, ${queue.filter((q) => q.label == null).length} waiting`);
    }
    return;
  }
  const { fixtures: entries } = loadBooks();
  const out = [];
  for (const fixture of fixtures) {
    const r = await run(fixture, replyOf(fixture));
    const figures = scoreChapter(fixture, r.cards, new LabelIndex(readLabels(fixture), raters), { isResidue: (t) => RESIDUE.test(t), covers, gold: readGold(entries[fixture]), ms: 0 });
    out.push({ fixture, requests: r.requests, answered: r.answered, proposed: r.proposed, shown: r.cards.length, figures });
  }
  const pooled = pool(out.map((o) => o.figures));
  if (rest.includes("--json")) {
    console.log(JSON.stringify({ raters, chapters: out, pooled }, null, 1));
    return;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}`;
  for (const o of out) {
    const f = o.figures;
    const n = f.labelled || 1;
    console.log(`${o.fixture}: proposed ${o.proposed}, shown ${o.shown}; ${pct(f.accept / n)} / ${pct(f.edit / n)} / ${pct(f.reject / n)} %, unlabelled ${f.unlabelled.length}, recall ${f.recall == null ? "-" : `${f.recall.covered.length}/${f.recall.covered.length + f.recall.missed.length}`}`);
  }
  console.log(`pooled (${raters.split(",")[0]}): ${JSON.stringify(pooled)}`);
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));
