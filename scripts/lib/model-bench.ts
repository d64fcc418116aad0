// The benchmark's model path: a turn the rules are unsure of, answered by a fake OpenAI server
// that waits MODEL_DELAY_MS, so what is left of the latency is the server's own overhead.
import {
  type BenchResult,
  freePort,
  ROUTING_TURN,
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
let sentences = 0;

/** The `count`th word of consonants: a different one for every count. */
function consonantWord(count: number): string {
  let word = "";
  for (let rest = count; word.length < 6 || rest > 0; rest = Math.floor(rest / CONSONANTS.length)) {
    word = CONSONANTS[rest % CONSONANTS.length] + word;
  }
  return word;
}

/**
 * A different unclear sentence each time, so the cache of identical utterances never answers:
 * a count, not a random draw, which could repeat one and make the model look skipped.
 */
export const MODEL_TURN: Turn = {
  name: "model turn",
  path: "/voice/intent?n=1",
  fields: () => {
    const nonce = consonantWord(sentences++);
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
      cites: [],
    }),
  });
  const base = `http://127.0.0.1:${port}/v1`;
  await waitFor(fake, async () => (await fetch(`${base}/models`)).status === 404);
  return { OPENAI_API_KEY: "sk-test-openai-key", OPENAI_BASE_URL: base };
}

const LANES = 10;
const TURNS_PER_LANE = 100;
const WARMUP_TURNS = 5;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Switchboard's own time around the model call, from its Server-Timing header: the step's time
 * minus the model call's (the fake's 300 ms and the trip to it). Ten callers a few milliseconds
 * apart, 1000 turns, so turns don't queue behind each other; under the 50 connections above
 * every turn also waits for the turns that came back at the same moment, and that figure is
 * printed too. The same callers then make the routing turn, which needs no model, at the same
 * pace: the time any turn takes.
 */
async function paced(turn: Turn, base: string, authToken: string) {
  const own: number[] = [];
  const seen: number[] = [];
  const model: number[] = [];
  const period = MODEL_DELAY_MS + 10;
  await Promise.all(
    Array.from({ length: LANES }, async (_, lane) => {
      await pause((lane * period) / LANES);
      // The first few warm up after the load above; they are not counted.
      for (let i = -WARMUP_TURNS; i < TURNS_PER_LANE; i++) {
        const fields = turn.fields(base);
        const request = {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            "x-twilio-signature": signTwilio(authToken, base + turn.path, fields),
          },
          body: new URLSearchParams(fields).toString(),
        };
        const started = performance.now();
        const res = await fetch(base + turn.path, request);
        const body = await res.text();
        const total = performance.now() - started;
        const timings = res.headers.get("server-timing") ?? "";
        const timing = /model;dur=([\d.]+)/.exec(timings);
        const timed = timing ? Number(timing[1]) : 0;
        const step = Number(/step;dur=([\d.]+)/.exec(timings)?.[1]);
        const viaModel = turn === MODEL_TURN;
        if (
          !res.ok ||
          !Number.isFinite(step) ||
          (viaModel && !body.includes("<Dial")) ||
          viaModel !== Boolean(timing)
        ) {
          throw new Error(
            `${turn.name}: HTTP ${res.status}, ${timing ? "with" : "without"} the model: ${body.slice(0, 200)}`,
          );
        }
        if (i >= 0) {
          own.push(step - timed);
          seen.push(total - timed);
          model.push(timed);
        }
        await pause(Math.max(0, period - (performance.now() - started)));
      }
    }),
  );
  const sorted = (list: number[]) => list.sort((a, b) => a - b);
  return { own: sorted(own), seen: sorted(seen), model: sorted(model) };
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;

const ms = (sorted: number[]) =>
  `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`;

/** Prints the overhead lines; false when the target was missed or the model path not taken. */
export async function reportModelOverhead(
  loaded: BenchResult | undefined,
  base: string,
  authToken: string,
): Promise<boolean> {
  if (!loaded) return true;
  const viaModel = await paced(MODEL_TURN, base, authToken);
  const plain = await paced(ROUTING_TURN, base, authToken);
  const p99 = percentile(viaModel.own, 0.99);
  // Timers may fire a fraction of a millisecond early.
  const taken = (viaModel.model[0] ?? 0) >= MODEL_DELAY_MS - 1;
  const met = taken && p99 < MODEL_OVERHEAD_TARGET_MS;
  console.log(
    `\nmodel turn: Switchboard's own time around the model call, ${viaModel.own.length} turns from ${LANES} callers: ` +
      `${ms(viaModel.own)} (target p99 < ${MODEL_OVERHEAD_TARGET_MS} ms) ${met ? "✓ met" : "✗ MISSED"}` +
      (taken ? "" : " — the model path was not taken"),
  );
  console.log(
    `  the model call (the fake's ${MODEL_DELAY_MS} ms and the trip to it): ${ms(viaModel.model)}`,
  );
  console.log(`  total − the model call, as the caller's side sees it: ${ms(viaModel.seen)}`);
  console.log(
    `  the routing turn, no model, same callers and pace: ${ms(plain.own)} (caller's side ${ms(plain.seen)})`,
  );
  console.log(
    `  under load, ${Math.round(loaded.requests.average)} req/s from 50 connections in step: total − ${MODEL_DELAY_MS} ms ` +
      `at p99 ${(loaded.latency.p99 - MODEL_DELAY_MS).toFixed(0)} ms, mostly waiting for the turns that came back at the same moment`,
  );
  return met;
}
