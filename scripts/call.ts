// `npm run call`: ring the running Switchboard from the terminal, the way Twilio would.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import {
  type Caller,
  type CallerInput,
  DEFAULT_FROM,
  DEFAULT_TO,
  formatLine,
  heardWith,
  PhoneSimulator,
  type RecordAnswer,
  type StaffAnswer,
  scriptedCaller,
  scriptedTurn,
} from "./lib/phone.ts";

const HELP = `Ring the running Switchboard as Twilio would, and hear what the caller hears.

Usage:
  npm run call                              talk to it yourself
  npm run call -- --say "我想订房" [--say …]  run a scripted call

Scripted turns (one per Gather, in the order given):
  --say TEXT         say TEXT; --say "" is silence
  --digits 123       press 1 2 3 on the keypad
Other options:
  --staff ACTION     what the staff member does when Switchboard dials them:
                     answer | decline | no-answer | busy (repeatable, one per Dial; default answer)
  --message TEXT     what the caller says into a voicemail recording
  --confidence N     the speech recogniser's confidence Twilio reports for what you say,
                     0 to 1 (default 0.9); below 0.4 Switchboard asks before putting you through
  --from NUMBER      the caller's number (default ${DEFAULT_FROM}; try +14155550100 for English)
  --to NUMBER        the number called (default ${DEFAULT_TO})
  --url URL          where Switchboard listens (default $PUBLIC_BASE_URL, else http://localhost:$PORT or 3000)
  --public-url URL   the URL Twilio signs against (default $PUBLIC_BASE_URL, else --url)
  -h, --help         show this help

Talking yourself: type what you would say; "#" and digits for the keypad (e.g. #1);
an empty line for silence; /hangup to hang up.

The auth token comes from $TWILIO_AUTH_TOKEN, else data/dev-secrets.json, which
Switchboard writes on its first start outside production.
Exits 0 when the call went through without protocol errors.`;

const STAFF_ACTIONS = ["answer", "decline", "no-answer", "busy"] as const;

class UsageError extends Error {}

interface Options {
  turns: string[];
  staff: StaffAnswer[];
  message?: string;
  confidence?: number;
  from: string;
  to: string;
  url: string;
  publicUrl: string;
  scripted: boolean;
}

function readOptions(argv: string[]): Options | "help" {
  const { values, tokens } = parseArgs({
    args: argv,
    options: {
      say: { type: "string", multiple: true },
      digits: { type: "string", multiple: true },
      staff: { type: "string", multiple: true },
      message: { type: "string" },
      confidence: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      url: { type: "string" },
      "public-url": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    tokens: true,
    allowPositionals: false,
  });
  if (values.help) return "help";
  // Turns keep the order they were typed in, --say and --digits interleaved.
  const turns: string[] = [];
  for (const token of tokens ?? []) {
    if (token.kind !== "option") continue;
    if (token.name === "say") turns.push(token.value ?? "");
    if (token.name === "digits") {
      const digits = (token.value ?? "").trim();
      if (!/^[0-9*#]+$/.test(digits))
        throw new UsageError(`--digits takes keypad keys, not "${digits}"`);
      turns.push(`#${digits}`);
    }
  }
  const staff = (values.staff ?? []).map((s) => {
    if (!(STAFF_ACTIONS as readonly string[]).includes(s)) {
      throw new UsageError(`--staff takes ${STAFF_ACTIONS.join(" | ")}, not "${s}"`);
    }
    return s as StaffAnswer;
  });
  const url = (
    values.url ??
    process.env.PUBLIC_BASE_URL ??
    `http://localhost:${process.env.PORT ?? 3000}`
  ).replace(/\/+$/, "");
  for (const u of [url, values["public-url"]]) {
    if (u !== undefined && !/^https?:\/\/[^/]+/.test(u))
      throw new UsageError(`not an http(s) URL: ${u}`);
  }
  const options: Options = {
    turns,
    staff,
    from: values.from ?? DEFAULT_FROM,
    to: values.to ?? DEFAULT_TO,
    url,
    publicUrl: values["public-url"] ?? process.env.PUBLIC_BASE_URL ?? url,
    scripted: turns.length > 0 || staff.length > 0 || values.message !== undefined,
  };
  if (values.message !== undefined) options.message = values.message;
  if (values.confidence !== undefined) {
    const confidence = Number(values.confidence);
    if (values.confidence.trim() === "" || !(confidence >= 0 && confidence <= 1))
      throw new UsageError(`--confidence takes a number from 0 to 1, not "${values.confidence}"`);
    options.confidence = confidence;
  }
  return options;
}

/** The webhook secret: the environment first, then the file the server writes on its first dev start. */
function findAuthToken(): string {
  const fromEnv = process.env.TWILIO_AUTH_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  const file = resolve("data", "dev-secrets.json");
  if (existsSync(file)) {
    try {
      const secrets = JSON.parse(readFileSync(file, "utf8")) as { TWILIO_AUTH_TOKEN?: unknown };
      if (typeof secrets.TWILIO_AUTH_TOKEN === "string" && secrets.TWILIO_AUTH_TOKEN) {
        return secrets.TWILIO_AUTH_TOKEN;
      }
    } catch {
      throw new UsageError(
        "data/dev-secrets.json is not valid JSON; delete it and restart Switchboard.",
      );
    }
  }
  throw new UsageError(
    "No Twilio auth token: set TWILIO_AUTH_TOKEN, or start Switchboard once with `npm start` " +
      "so it writes data/dev-secrets.json, and run this from the project folder.",
  );
}

async function checkServer(url: string): Promise<void> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) });
    if (!res.ok)
      console.warn(`warning: ${url}/healthz answered HTTP ${res.status}; trying the call anyway`);
  } catch {
    throw new UsageError(
      `Switchboard is not answering at ${url}. Start it with \`npm start\` (or point --url at it).`,
    );
  }
}

function parseStaff(answer: string): StaffAnswer | undefined {
  const a = answer.trim().toLowerCase();
  if (a === "" || a === "a" || a === "answer") return "answer";
  if (a === "d" || a === "decline") return "decline";
  if (a === "n" || a === "no-answer" || a === "no answer") return "no-answer";
  if (a === "b" || a === "busy") return "busy";
  if (a === "/hangup") return "hangup";
  return undefined;
}

/** A caller played by the person at the keyboard. */
function keyboardCaller(confidence?: number): { caller: Caller; close: () => void } {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  // Lines are queued rather than asked for, so piped-in answers typed ahead are not lost.
  const typedAhead: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let closed = false;
  rl.on("line", (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else typedAhead.push(line);
  });
  rl.on("close", () => {
    closed = true;
    for (const next of waiting.splice(0)) next(undefined);
  });
  // Ctrl-C hangs up politely, so Switchboard still gets its status callback.
  rl.on("SIGINT", () => rl.close());
  const ask = (question: string): Promise<string | undefined> => {
    const ready = typedAhead.shift();
    if (ready !== undefined) {
      console.log(`${question}${ready}`);
      return Promise.resolve(ready);
    }
    if (closed) return Promise.resolve(undefined);
    rl.setPrompt(question);
    rl.prompt();
    return new Promise((res) => waiting.push(res));
  };
  const caller: Caller = {
    async gather(prompt): Promise<CallerInput | "silence" | "hangup"> {
      const line = await ask(prompt.input.includes("speech") ? "you › " : "keypad › ");
      if (line === undefined) return "hangup";
      const turn = scriptedTurn(
        !prompt.input.includes("speech") && /^[0-9*#]+$/.test(line.trim()) && !line.startsWith("#")
          ? `#${line}`
          : line,
      );
      return heardWith(turn, confidence);
    },
    async staff(): Promise<StaffAnswer> {
      for (;;) {
        const line = await ask("staff: [a]nswer, [d]ecline, [n]o answer, [b]usy? ");
        if (line === undefined) return "hangup";
        const answer = parseStaff(line);
        if (answer) return answer;
      }
    },
    async record(): Promise<RecordAnswer> {
      const line = await ask(
        "your message (add /hangup at the end to hang up instead of pressing #) › ",
      );
      if (line === undefined) return "hangup";
      const text = line.trim();
      if (text === "/hangup") return "hangup";
      if (text.endsWith("/hangup"))
        return { text: text.slice(0, -"/hangup".length).trim(), hangup: true };
      return text;
    },
  };
  return { caller, close: () => rl.close() };
}

async function main(): Promise<number> {
  let options: Options | "help";
  try {
    options = readOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (options === "help") {
    console.log(HELP);
    return 0;
  }
  // A local .env is where people keep TWILIO_AUTH_TOKEN; variables already set win.
  if (existsSync(".env")) process.loadEnvFile(".env");

  let authToken: string;
  try {
    authToken = findAuthToken();
    await checkServer(options.url);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(e.message);
    return 1;
  }

  const simulator = new PhoneSimulator({
    baseUrl: options.url,
    publicBaseUrl: options.publicUrl,
    authToken,
    from: options.from,
    to: options.to,
    log: (line) => console.log(formatLine(line)),
  });
  console.log(`☎  calling ${options.to} from ${options.from} via ${options.url}`);

  let caller: Caller;
  let close = () => {};
  if (options.scripted) {
    const script: Parameters<typeof scriptedCaller>[0] = {
      says: options.turns,
      staff: options.staff,
    };
    if (options.message !== undefined) script.message = options.message;
    if (options.confidence !== undefined) script.confidence = options.confidence;
    caller = scriptedCaller(script);
  } else {
    console.log(
      'Type what you say; "#" and digits for the keypad; empty line = silence; /hangup to hang up.\n',
    );
    const keyboard = keyboardCaller(options.confidence);
    caller = keyboard.caller;
    close = keyboard.close;
  }

  const result = await simulator.call(caller).finally(close);
  const how = {
    twiml: "Switchboard ended it",
    caller: "the caller hung up",
    error: "a protocol error stopped it",
  };
  console.log(
    `\ncall ${result.callSid}: ${how[result.ended]} after ~${result.duration}s, ${result.requests.length} requests`,
  );
  if (!result.ok) {
    console.error(`\n❌ ${result.problems.length} problem(s):`);
    for (const p of result.problems) console.error(`   - ${p}`);
    if (result.problems.some((p) => p.includes("HTTP 403"))) {
      console.error(
        `\nA 403 usually means the signature did not match: this call was signed with the token from ` +
          `${process.env.TWILIO_AUTH_TOKEN ? "$TWILIO_AUTH_TOKEN" : "data/dev-secrets.json"} for ${options.publicUrl}; ` +
          "Switchboard must use the same token and PUBLIC_BASE_URL (see --public-url).",
      );
    }
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`call failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
