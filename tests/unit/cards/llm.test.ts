// The LLM generator against a local fake OpenAI-compatible server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { cleanDocument } from "@/lib/chapters";
import { createLlmGenerator } from "@/lib/cards";

const chapter = cleanDocument("Penicillin was discovered in 1928 by Alexander Fleming. It changed medicine. Streptomycin followed in 1943.").chapters[0];
let server: http.Server;
let base = "";
let requests: { body: { model: string; messages: { content: string }[] }; auth: string | undefined }[] = [];
let reply: (body: unknown) => { status: number; json: unknown } | "hang";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => {
      const body = JSON.parse(data);
      requests.push({ body, auth: req.headers.authorization });
      const r = reply(body);
      if (r === "hang") return; // never answers: the client must time out
      res.writeHead(r.status, { "content-type": "application/json" });
      res.end(JSON.stringify(r.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

const completion = (cards: unknown) => ({ status: 200, json: { choices: [{ message: { content: JSON.stringify({ cards }) } }] } });

describe("createLlmGenerator", () => {
  it("sends numbered sentences and keeps only grounded, valid cards", async () => {
    requests = [];
    reply = () => completion([
      { kind: "qa", front: "Who discovered penicillin, and when?", back: "Alexander Fleming, 1928", sentences: [0] },
      { kind: "qa", front: "Who discovered insulin?", back: "Frederick Banting", sentences: [0] }, // not in the source
      { kind: "qa", front: "What followed in 1943?", back: "Streptomycin", sentences: [99] }, // cites a sentence it was not given
      { kind: "cloze", front: "{{c1::Streptomycin}} followed in 1943.", back: "Streptomycin", sentences: [2] },
    ]);
    const gen = createLlmGenerator({ baseUrl: base, model: "test-model", apiKey: "k" });
    const cards = await gen.generate(chapter, { max: 10 });
    expect(cards.map((c) => c.back)).toEqual(["Alexander Fleming, 1928", "Streptomycin"]);
    expect(cards[0].source).toMatchObject({ sentence: 0, sentenceIds: [0] });
    expect(requests[0].auth).toBe("Bearer k");
    expect(requests[0].body.model).toBe("test-model");
    expect(requests[0].body.messages[1].content).toContain("[0] Penicillin was discovered in 1928 by Alexander Fleming.");
  });

  it("answers a repeated prompt from the cache without a second request", async () => {
    requests = [];
    const store = new Map<string, string>();
    reply = () => completion([{ kind: "qa", front: "Who discovered penicillin?", back: "Alexander Fleming", sentences: [0] }]);
    const gen = createLlmGenerator({ baseUrl: base, model: "m", cache: { get: (k) => store.get(k), set: (k, v) => store.set(k, v) } });
    await gen.generate(chapter);
    const again = await gen.generate(chapter);
    expect(requests).toHaveLength(1);
    expect(again[0].back).toBe("Alexander Fleming");
  });

  it("explains clearly when the endpoint refuses, is down, or does not answer in time", async () => {
    reply = () => ({ status: 401, json: { error: "bad key" } });
    await expect(createLlmGenerator({ baseUrl: base, model: "m" }).generate(chapter)).rejects.toThrow(/refused the request \(HTTP 401\)/);
    await expect(createLlmGenerator({ baseUrl: "http://127.0.0.1:9/v1", model: "m" }).generate(chapter)).rejects.toThrow(/is not reachable/);
    reply = () => "hang";
    await expect(createLlmGenerator({ baseUrl: base, model: "m", timeoutMs: 200 }).generate(chapter)).rejects.toThrow(/no answer within/);
  });

  it("rejects a reply that is not the JSON it asked for", async () => {
    reply = () => ({ status: 200, json: { choices: [{ message: { content: "Sure! Here are some cards." } }] } });
    await expect(createLlmGenerator({ baseUrl: base, model: "m" }).generate(chapter)).rejects.toThrow(/not JSON/);
  });

  it("asks for a JSON schema, and still reads JSON wrapped in prose or code fences", async () => {
    requests = [];
    const content = "Here you are:\n```json\n" + JSON.stringify({ cards: [{ kind: "qa", front: "Who discovered penicillin?", back: "Alexander Fleming", sentences: [0] }] }) + "\n```";
    reply = () => ({ status: 200, json: { choices: [{ message: { content } }] } });
    const cards = await createLlmGenerator({ baseUrl: base, model: "m" }).generate(chapter);
    expect(cards.map((c) => c.back)).toEqual(["Alexander Fleming"]);
    const body = requests[0].body as unknown as { response_format: { type: string } };
    expect(body.response_format.type).toBe("json_schema");
  });

  it("sends a long chapter in chunks and drops cards citing sentences outside their chunk", async () => {
    requests = [];
    const long = cleanDocument(Array.from({ length: 130 }, (_, i) => `The town of Alpha${i} was founded in ${1700 + i} by Settler${i}.`).join(" ")).chapters[0];
    reply = (body) => {
      const prompt = (body as { messages: { content: string }[] }).messages[1].content;
      const first = Number(prompt.match(/\[(\d+)\]/)![1]);
      return completion([
        { kind: "qa", front: `Who founded Alpha${first}?`, back: `Settler${first}`, sentences: [first] },
        { kind: "qa", front: "Who founded Alpha129?", back: "Settler129", sentences: [129] }, // only valid in the last chunk
      ]);
    };
    const cards = await createLlmGenerator({ baseUrl: base, model: "m" }).generate(long, { max: 40 });
    expect(requests.length).toBe(3);
    for (const r of requests) expect(r.body.messages[1].content.match(/^\[\d+\]/gm)!.length).toBeLessThanOrEqual(60);
    expect(cards.map((c) => c.back).sort()).toEqual(["Settler0", "Settler120", "Settler129", "Settler60"]);
  });

  it("names the endpoint in the error when nothing listens there", async () => {
    await expect(createLlmGenerator({ baseUrl: "http://127.0.0.1:9/v1", model: "m" }).generate(chapter))
      .rejects.toThrow("The card generator endpoint at http://127.0.0.1:9/v1/chat/completions is not reachable");
  });
});
