// The benchmark's model path: a turn the rules are unsure of, answered by a fake OpenAI server
// that waits MODEL_DELAY_MS, so what is left of the latency is the server's own overhead.
import { randomInt } from "node:crypto";
import {
  type BenchResult,
  freePort,
  ringingCall,
  startServer,
  type Turn,
  waitFor,
} from "./bench.ts";
import { signTwilio } from "./phone.ts";

export const MODEL_DELAY_MS = 300;
/** The server's own time around the model call, at p99. */
export const MODEL_OVERHEAD_TARGET_MS = 10;

const CONSONANTS = "bcdfgkmpqvx";

/** A different unclear sentence each time, so the cache of identical utterances never answers. */
export const MODEL_TURN: Turn = {
  name: "model turn",
  path: "/voice/intent?n=1",
  fields: () => {
    const nonce = Array.from({ length: 6 }, () => CONSONANTS[randomInt(CONSONANTS.length)]).join(
      "",
    );
    return {
      ...ringingCall("in-progress"),
      SpeechResult: `嗯，我想问一下那个事情 ${nonce}`,
      Confidence: "0.9",
    };
  },
};

/** Starts the fake OpenAI server; returns the variables that point Switchboard at it. */
export async function startFakeModel(): Promise<Record<string, string>> {
  const port = await freePort();
  const fake = startServer("fake OpenAI", "test/support/fake-openai.ts", {
    PORT: String(port),
    FAKE_OPENAI_DELAY_MS: String(MODEL_DELAY_MS),
    FAKE_OPENAI_REPLY: JSON.stringify({
      intent: "department",
      key: "front_desk",
      confidence: 0.9,
      language: "zh",
      answer: "",
      cites: [],
    }),
  });
  const base = `http://127.0.0.1:${port}/v1`;
  await waitFor(fake, async () => (await fetch(`${base}/models`)).status === 404);
  return { OPENAI_API_KEY: "sk-test-openai-key", OPENAI_BASE_URL: base };
}

const LANES = 10;
const TURNS_PER_LANE = 50;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Switchboard's own time around the model call, total minus the fake's delay, for turns that
 * don't queue behind each other: ten callers a few milliseconds apart, 500 turns in all. (Under
 * the 50 connections above, every turn also waits for the turns that came back at the same
 * moment; that figure is printed too.)
 */
async function overheads(base: string, authToken: string): Promise<number[]> {
  const found: number[] = [];
  await Promise.all(
    Array.from({ length: LANES }, async (_, lane) => {
      await pause((lane * (MODEL_DELAY_MS + 10)) / LANES);
      for (let i = 0; i < TURNS_PER_LANE; i++) {
        const fields = MODEL_TURN.fields();
        const started = performance.now();
        const res = await fetch(base + MODEL_TURN.path, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "x-twilio-signature": signTwilio(authToken, base + MODEL_TURN.path, fields),
          },
          body: new URLSearchParams(fields).toString(),
        });
        const body = await res.text();
        if (!res.ok || !body.includes("<Dial")) {
          throw new Error(
            `model turn answered HTTP ${res.status} without a transfer: ${body.slice(0, 200)}`,
          );
        }
        found.push(performance.now() - started - MODEL_DELAY_MS);
      }
    }),
  );
  return found.sort((a, b) => a - b);
}

/** Prints the overhead lines; false when the target was missed or the model path not taken. */
export async function reportModelOverhead(
  loaded: BenchResult | undefined,
  base: string,
  authToken: string,
): Promise<boolean> {
  if (!loaded) return true;
  const measured = await overheads(base, authToken);
  const at = (q: number) =>
    measured[Math.min(measured.length - 1, Math.ceil(q * measured.length) - 1)] ?? 0;
  const p99 = at(0.99);
  const taken = (measured[0] ?? 0) >= 0 && loaded.latency.p50 >= MODEL_DELAY_MS;
  const met = taken && p99 < MODEL_OVERHEAD_TARGET_MS;
  console.log(
    `\nmodel turn, Switchboard's own time around a ${MODEL_DELAY_MS} ms model (total − ${MODEL_DELAY_MS} ms), ` +
      `${measured.length} turns from ${LANES} callers: p50 ${at(0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms ` +
      `(target p99 < ${MODEL_OVERHEAD_TARGET_MS} ms) ${met ? "✓ met" : "✗ MISSED"}` +
      (taken ? "" : " — faster than the model: the model path was not taken"),
  );
  console.log(
    `  at ${Math.round(loaded.requests.average)} req/s from 50 connections in step: p99 ${(loaded.latency.p99 - MODEL_DELAY_MS).toFixed(0)} ms, ` +
      "mostly waiting for the database writes of the turns that came back at the same moment",
  );
  return met;
}
