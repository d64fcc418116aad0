// A local OpenAI-compatible server for tests and the benchmark: real HTTP, the chat completions
// API, with scripted structured outputs, slow answers, 429s and 500s, malformed JSON and refusals.
// Run directly (`node --import tsx test/support/fake-openai.ts`) it serves one fixed reply.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { demoDirectory } from "./demo.ts";
import { leaksIn, type Secrets, secretsOf } from "./leaks.ts";

/** What the fake answers one request with. */
export type FakeReply =
  /** A structured output: serialised as the assistant message's content. */
  | { json: unknown; delayMs?: number }
  /** Raw content, e.g. JSON that doesn't parse. */
  | { content: string; delayMs?: number }
  | { refusal: string; delayMs?: number }
  /** An API error such as 429 or 500. */
  | { status: number; message?: string; delayMs?: number };

export interface ReceivedRequest {
  body: ChatRequest;
  /** The body exactly as it arrived. */
  raw: string;
  authorization: string | undefined;
  /** Everything the model was sent, as one text, for checks on what may never leave. */
  text: string;
  /** The caller's words as the model saw them (the user message's `caller_said`). */
  callerSaid: string | undefined;
}

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: {
    type: string;
    json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> };
  };
  [field: string]: unknown;
}

/** One audio transcription request (POST /v1/audio/transcriptions, multipart). */
export interface ReceivedTranscription {
  model: string;
  language: string | null;
  prompt: string | null;
  filename: string;
  audio: Uint8Array;
  authorization: string | undefined;
}

/** What the fake answers a transcription with: its text, or an API error. */
export type FakeTranscription = { text: string } | { status: number };

export interface FakeOpenAI {
  /** The base URL to give the SDK, ending in /v1. */
  url: string;
  requests: ReceivedRequest[];
  transcriptions: ReceivedTranscription[];
  /** Answers for the next transcription requests, in order; after them, DEFAULT_TRANSCRIPTION. */
  transcribe(...replies: FakeTranscription[]): void;
  /** Replies for the next requests, in order; after them, the default reply. */
  script(...replies: FakeReply[]): void;
  /** How requests are answered when nothing is scripted. */
  answer(reply: FakeReply | ((request: ReceivedRequest) => FakeReply)): void;
  /** Forgets requests and scripts, and answers "unknown" again. */
  reset(): void;
  /**
   * Private data found in what was sent since the last call (see `leaksIn`), and forgotten. A
   * test setup file asks every open fake after each test; `close` fails on any left.
   */
  takeLeaks(): Leak[];
  close(): Promise<void>;
}

/** Something private a request carried: which request, and what. */
export interface Leak {
  request: string;
  secrets: string[];
}

/** Every fake not yet closed, for the check after each test (test/support/setup.ts). */
export const openFakes = new Set<FakeOpenAI>();

export const FAKE_API_KEY = "sk-test-openai-key";

/** "I don't know": what the fake says unless told otherwise. */
export const UNKNOWN_REPLY = {
  intent: "unknown",
  key: "none",
  confidence: 0.2,
  language: "zh",
  cites: [] as string[],
};

export const DEFAULT_TRANSCRIPTION = "请尽快回电。";

export async function startFakeOpenAI(
  options: {
    apiKey?: string;
    port?: number;
    reply?: FakeReply;
    /** What no request may carry, in any form; the demo directory's rooms, mobiles and guests. */
    secrets?: Secrets;
  } = {},
): Promise<FakeOpenAI> {
  const apiKey = options.apiKey ?? FAKE_API_KEY;
  const secrets = options.secrets ?? secretsOf(demoDirectory);
  let leaks: Leak[] = [];
  const check = (request: string, text: string) => {
    const found = leaksIn(text, secrets);
    if (found.length > 0) leaks.push({ request, secrets: found });
  };
  const requests: ReceivedRequest[] = [];
  const queue: FakeReply[] = [];
  const transcriptions: ReceivedTranscription[] = [];
  const transcriptionQueue: FakeTranscription[] = [];
  let fallback: FakeReply | ((request: ReceivedRequest) => FakeReply) = options.reply ?? {
    json: UNKNOWN_REPLY,
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { message: String(error) } });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method === "POST" && req.url === "/v1/audio/transcriptions") {
      return transcription(req, res, Buffer.concat(chunks));
    }
    if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
      send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      return;
    }
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      send(res, 401, {
        error: { message: "Incorrect API key provided", type: "invalid_request_error" },
      });
      return;
    }
    const raw = Buffer.concat(chunks).toString("utf8");
    check(`chat #${requests.length + 1}`, raw);
    const body = JSON.parse(raw) as ChatRequest;
    const user = body.messages.find((m) => m.role === "user")?.content;
    let callerSaid: string | undefined;
    try {
      callerSaid = (JSON.parse(user ?? "") as { caller_said?: string }).caller_said;
    } catch {
      callerSaid = undefined;
    }
    const received: ReceivedRequest = {
      body,
      raw,
      authorization: req.headers.authorization,
      text: body.messages.map((m) => m.content).join("\n"),
      callerSaid,
    };
    requests.push(received);
    const reply = queue.shift() ?? (typeof fallback === "function" ? fallback(received) : fallback);
    if (reply.delayMs) {
      const waited = await wait(reply.delayMs, res);
      if (!waited) return;
    }
    if ("status" in reply) {
      send(res, reply.status, {
        error: {
          message: reply.message ?? `scripted ${reply.status}`,
          type: reply.status === 429 ? "rate_limit_error" : "server_error",
        },
      });
      return;
    }
    const message =
      "refusal" in reply
        ? { role: "assistant", content: null, refusal: reply.refusal }
        : {
            role: "assistant",
            content: "json" in reply ? JSON.stringify(reply.json) : reply.content,
            refusal: null,
          };
    send(res, 200, {
      id: `chatcmpl-${requests.length}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message, finish_reason: "stop", logprobs: null }],
      usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
    });
  }

  /** The audio API's transcription: a multipart form with the file, the model and the language. */
  async function transcription(req: IncomingMessage, res: ServerResponse, body: Buffer) {
    if (req.headers.authorization !== `Bearer ${apiKey}`) {
      send(res, 401, { error: { message: "Incorrect API key provided" } });
      return;
    }
    const form = await new Request("http://fake/v1/audio/transcriptions", {
      method: "POST",
      headers: { "content-type": req.headers["content-type"] ?? "" },
      body: new Uint8Array(body),
    }).formData();
    const file = form.get("file");
    const model = form.get("model");
    if (!(file instanceof Blob) || typeof model !== "string") {
      send(res, 400, { error: { message: "file and model are required" } });
      return;
    }
    const language = form.get("language");
    const prompt = form.get("prompt");
    // Everything but the audio, which is the caller's own and cannot be redacted.
    const fields = [...form.entries()].filter(([, v]) => typeof v === "string");
    check(`transcription #${transcriptions.length + 1}`, JSON.stringify(fields));
    transcriptions.push({
      model,
      language: typeof language === "string" ? language : null,
      prompt: typeof prompt === "string" ? prompt : null,
      filename: file instanceof File ? file.name : "",
      audio: new Uint8Array(await file.arrayBuffer()),
      authorization: req.headers.authorization,
    });
    const reply = transcriptionQueue.shift() ?? { text: DEFAULT_TRANSCRIPTION };
    if ("status" in reply) {
      send(res, reply.status, { error: { message: `scripted ${reply.status}` } });
      return;
    }
    send(res, 200, { text: reply.text });
  }

  await new Promise<void>((listening) => server.listen(options.port ?? 0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  const fake: FakeOpenAI = {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    transcriptions,
    transcribe(...replies) {
      transcriptionQueue.push(...replies);
    },
    script(...replies) {
      queue.push(...replies);
    },
    answer(reply) {
      fallback = reply;
    },
    reset() {
      requests.length = 0;
      queue.length = 0;
      transcriptions.length = 0;
      transcriptionQueue.length = 0;
      fallback = options.reply ?? { json: UNKNOWN_REPLY };
    },
    takeLeaks() {
      const taken = leaks;
      leaks = [];
      return taken;
    },
    async close() {
      openFakes.delete(fake);
      server.closeAllConnections();
      await new Promise<void>((closed) => server.close(() => closed()));
      const left = fake.takeLeaks();
      if (left.length > 0) {
        throw new Error(`private data reached the model: ${JSON.stringify(left)}`);
      }
    },
  };
  openFakes.add(fake);
  return fake;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/** Waits, unless the client gives up first (a timeout on its side): then false. */
function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((done) => {
    const timer = setTimeout(() => {
      res.off("close", gaveUp);
      done(true);
    }, ms);
    const gaveUp = () => {
      clearTimeout(timer);
      done(false);
    };
    res.once("close", gaveUp);
  });
}

// Run on its own for the benchmark: PORT, FAKE_OPENAI_DELAY_MS and FAKE_OPENAI_REPLY (JSON).
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const delayMs = Number(process.env.FAKE_OPENAI_DELAY_MS ?? 0);
  const json = process.env.FAKE_OPENAI_REPLY
    ? (JSON.parse(process.env.FAKE_OPENAI_REPLY) as unknown)
    : UNKNOWN_REPLY;
  startFakeOpenAI({
    port: Number(process.env.PORT ?? 0),
    apiKey: process.env.FAKE_OPENAI_KEY ?? FAKE_API_KEY,
    reply: { json, delayMs },
  }).then((fake) => {
    console.log(`fake OpenAI listening on ${fake.url} (${delayMs} ms per answer)`);
    const stop = () =>
      void fake
        .close()
        .catch((error: unknown) => console.error(String(error)))
        .finally(() => process.exit(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
