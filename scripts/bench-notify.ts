// `npm run bench:notify`: how soon staff see a call in Slack. Places calls against the real
// server with a local fake Slack, and times each post from the answer to the webhook that
// queued it to the fake's receipt of chat.postMessage, against a bare post to the same fake.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { WebClient } from "@slack/web-api";
import { FakeSlack, type SlackCall } from "../test/support/fake-slack.ts";
import {
  benchServerEnv,
  freePort,
  killServers,
  num,
  pad,
  startServer,
  stopServers,
  waitFor,
} from "./lib/bench.ts";
import { type CallScript, PhoneSimulator, scriptedCaller } from "./lib/phone.ts";

const HELP = `Time Switchboard's Slack posts, from the webhook's answer to Slack's receipt.

Usage: npm run bench:notify [-- --calls 30 --burst 500 --slack-ms 50]

  --calls N        calls of each kind (message, missed call, emergency) at a steady pace (default 30)
  --burst N        declined calls that leave a message, 40 at a time, with emergencies
                   placed in the middle of them (default 500: a post each, as one post
                   per caller makes a declined call and its message one)
  --slack-ms MS    how long the fake Slack takes to answer each call (default 50)
  -h, --help       show this help

Starts the real server (production mode, fresh SQLite file) with SLACK_API_URL pointing at a
local fake Slack, places the calls through the phone simulator, and prints p50 and p95 per
kind, and each as a ratio of a bare chat.postMessage to the same fake in the same run.
Goals: emergencies p95 under 1 s, everything else under 2 s, at the steady pace; in the burst,
emergencies still arrive ahead of the backlog.
Exit codes: 0 goals met; 1 a post never came or the server died; 2 bad options; 3 a goal missed.`;

type Kind = "message" | "missed call" | "emergency";

const SCRIPTS: Record<Kind, CallScript> = {
  // The front desk (open all hours) declines; the caller leaves a message.
  message: { says: ["我要退房", "王先生", "个人", "#1"], staff: ["decline"], message: "请回电" },
  // The front desk declines; the caller hangs up instead of leaving a message.
  "missed call": { says: ["我要退房", "/hangup"], staff: ["decline"] },
  emergency: { says: ["着火了"] },
};

/** A webhook the phone simulator sent: for which caller, and when its answer came. */
interface Webhook {
  from: string;
  path: string;
  sentAt: number;
  answeredAt: number;
}

function kindOf(post: SlackCall): Kind | null {
  const text = String(post.args.text ?? "");
  if (text.includes("紧急情况 EMERGENCY")) return "emergency";
  if (text.startsWith("新留言")) return "message";
  if (text.includes("Missed call")) return "missed call";
  return null;
}

/** The webhook that queues each kind's post (a missed call's: the call's last, its status callback). */
const QUEUED_BY: Record<Kind, ((path: string) => boolean) | null> = {
  message: (path) => path === "/voice/message/recorded",
  emergency: (path) => path === "/voice/intent",
  "missed call": null,
};

/** Milliseconds from the answer to the webhook that queued a post to the post's receipt. */
function latency(post: SlackCall, kind: Kind, from: string, webhooks: Webhook[]): number | null {
  const which = QUEUED_BY[kind];
  const queuedBy = webhooks
    .filter((w) => w.from === from && w.sentAt <= post.at && (!which || which(w.path)))
    .sort((a, b) => b.sentAt - a.sentAt)[0];
  // Delivery starts at the commit, so a post can come before the caller hears the answer.
  return queuedBy ? Math.max(0, post.at - queuedBy.answeredAt) : null;
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function main() {
  const { values } = parseArgs({
    options: {
      calls: { type: "string", default: "30" },
      burst: { type: "string", default: "500" },
      "slack-ms": { type: "string", default: "50" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const calls = Number(values.calls);
  const burst = Number(values.burst);
  const slackMs = Number(values["slack-ms"]);
  if (![calls, burst, slackMs].every((n) => Number.isInteger(n) && n >= 0)) {
    console.error("--calls, --burst and --slack-ms are whole numbers\n");
    console.error(HELP);
    return 2;
  }

  const slack = await new FakeSlack().start();
  slack.delayMs = slackMs;
  const tempDir = mkdtempSync(join(tmpdir(), "switchboard-bench-notify-"));
  const authToken = randomBytes(16).toString("hex");
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  try {
    const server = startServer("switchboard", "src/entry/node.ts", {
      ...benchServerEnv({
        tempDir,
        port,
        authToken,
        adminToken: randomBytes(24).toString("hex"),
        publicBaseUrl: base,
      }),
      SLACK_API_URL: slack.url,
      SLACK_BOT_TOKEN: "xoxb-bench",
      SLACK_SIGNING_SECRET: "bench-signing-secret",
      SLACK_EMERGENCY_CHANNEL: "C_EMERGENCY",
      SLACK_SUPERVISORS_CHANNEL: "C_SUPERVISORS",
    });
    await waitFor(server, async () => (await fetch(`${base}/healthz`)).ok);

    // The baseline: a bare chat.postMessage to the same fake, from this process.
    const client = new WebClient("xoxb-bench", { slackApiUrl: `${slack.url}/` });
    const bare: number[] = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await client.chat.postMessage({ channel: "C_BASELINE", text: `baseline ${i}` });
      bare.push(performance.now() - started);
    }

    const webhooks: Webhook[] = [];
    let caller = 0;
    const place = (kind: Kind) => {
      caller += 1;
      const from = `+86139${String(caller).padStart(8, "0")}`;
      const phone = new PhoneSimulator({
        baseUrl: base,
        authToken,
        from,
        fetch: async (url, init) => {
          const sentAt = performance.now();
          const res = await fetch(url, init);
          const body = await res.text();
          webhooks.push({
            from,
            path: new URL(url).pathname,
            sentAt,
            answeredAt: performance.now(),
          });
          return new Response(body, { status: res.status, headers: res.headers });
        },
      });
      return phone.call(scriptedCaller(SCRIPTS[kind])).then(() => ({ kind, from }));
    };
    const inTurn = async <T>(jobs: (() => Promise<T>)[], atOnce: number): Promise<T[]> => {
      const results: T[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: atOnce }, async () => {
          while (next < jobs.length) {
            const job = jobs[next++] as () => Promise<T>;
            results.push(await job());
          }
        }),
      );
      return results;
    };
    const postsFor = async (placed: { kind: Kind; from: string }[], seconds: number) => {
      const deadline = Date.now() + seconds * 1000;
      const expected = placed.length;
      for (;;) {
        const found = placed.filter((p) =>
          slack
            .posts()
            .some((post) => kindOf(post) === p.kind && JSON.stringify(post.args).includes(p.from)),
        ).length;
        if (found >= expected || Date.now() > deadline) return found;
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const timesOf = (placed: { kind: Kind; from: string }[], kind: Kind) =>
      placed
        .filter((p) => p.kind === kind)
        .map((p) => {
          const post = slack
            .posts()
            .find((x) => kindOf(x) === kind && JSON.stringify(x.args).includes(p.from));
          return post ? latency(post, kind, p.from, webhooks) : null;
        })
        .filter((ms): ms is number => ms !== null);

    // Steady: callers one after another, a few lines at a time, each kind in turn.
    const kinds: Kind[] = ["message", "missed call", "emergency"];
    const steady = await inTurn(
      Array.from({ length: calls * 3 }, (_, i) => () => place(kinds[i % 3] as Kind)),
      3,
    );
    const steadyFound = await postsFor(steady, 60);

    // The burst: declined callers leaving messages, 40 lines at once, and emergencies in the middle.
    const before = slack.posts().length;
    const backlog = Array.from({ length: burst }, () => () => place("message"));
    const burstRun = inTurn(backlog, 40);
    // Half-way through the burst's calls, the fires.
    await new Promise((r) => setTimeout(r, 2000));
    const fires = await inTurn(
      Array.from({ length: 10 }, () => () => place("emergency")),
      2,
    );
    const burstPlaced = await burstRun;
    const burstFound = await postsFor([...burstPlaced, ...fires], 600);
    const notifications = slack.posts().length - before;

    const rows: [string, number[]][] = [
      ...kinds.map((k) => [`steady: ${k}`, timesOf(steady, k)] as [string, number[]]),
      ["burst: message", timesOf(burstPlaced, "message")],
      ["burst: emergency", timesOf(fires, "emergency")],
    ];
    const bareP50 = pct(bare, 50);
    const bareP95 = pct(bare, 95);
    console.log(
      `\nFake Slack answering in ${slackMs} ms; the burst made ${notifications} posts (${burst} callers, ${fires.length} emergencies).\n`,
    );
    console.log(
      `${pad("kind", 22)}${pad("posts", 8)}${"p50 ms".padStart(9)}${"p95 ms".padStart(9)}  p50 ÷ bare  p95 ÷ bare`,
    );
    console.log(
      `${pad("bare chat.postMessage", 22)}${pad(String(bare.length), 8)}${num(bareP50, 1)}${num(bareP95, 1)}        1.00        1.00`,
    );
    for (const [name, ms] of rows) {
      const p50 = pct(ms, 50);
      const p95 = pct(ms, 95);
      console.log(
        `${pad(name, 22)}${pad(String(ms.length), 8)}${num(p50, 1)}${num(p95, 1)}${num(p50 / bareP50, 2).padStart(12)}${num(p95 / bareP95, 2).padStart(12)}`,
      );
    }
    if (steadyFound < steady.length || burstFound < burstPlaced.length + fires.length) {
      console.error(
        `\nMissing posts: ${steady.length - steadyFound} steady, ${burstPlaced.length + fires.length - burstFound} in the burst.`,
      );
      return 1;
    }
    const steadyP95 = (k: Kind) => pct(timesOf(steady, k), 95);
    const goals = [
      ["emergencies p95 < 1 s", steadyP95("emergency") < 1000],
      ["messages p95 < 2 s", steadyP95("message") < 2000],
      ["missed calls p95 < 2 s", steadyP95("missed call") < 2000],
      [
        "burst: emergencies ahead of the backlog",
        pct(timesOf(fires, "emergency"), 95) < pct(timesOf(burstPlaced, "message"), 50),
      ],
    ] as const;
    console.log("");
    for (const [goal, met] of goals) console.log(`${met ? "✓" : "✗"} ${goal}`);
    return goals.every(([, met]) => met) ? 0 : 3;
  } finally {
    await stopServers();
    await slack.stop();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

process.on("exit", killServers);
main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
