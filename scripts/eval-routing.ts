// `npm run eval:routing`: how well the switchboard understands callers, on a labelled set of
// utterances the project keeps. Rules alone always; rules plus the language model when
// OPENAI_API_KEY is set (OPENAI_BASE_URL and OPENAI_MODEL as for the server).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createAssistant } from "../src/ai/assistant.ts";
import { interpret } from "../src/ai/interpret.ts";
import { ConfigError, parseConfig } from "../src/config.ts";
import { parseDirectoryFile } from "../src/directory-file.ts";
import { spokenLanguage } from "../src/rules/knowledge.ts";
import { rulesTurn } from "../src/rules/turn.ts";
import { CONFIDENT } from "../src/rules/understand.ts";
import {
  type EvalCase,
  knownLabels,
  loadCases,
  modelLabel,
  percent,
  rulesLabel,
  type Score,
  type Scored,
  score,
} from "./lib/routing-eval.ts";

const HELP = `Evaluate routing on a labelled set of utterances.

Usage: npm run eval:routing [-- --file eval/routing.jsonl --directory FILE --json]

  --file FILE        the labelled utterances (default eval/routing.jsonl)
  --directory FILE   the directory they are about (default directory/lakeside-hotel.yaml)
  --concurrency N    model calls at once (default 4)
  --json             print the scores as JSON
  -h, --help         show this help

Prints rules-only accuracy, and rules-plus-model accuracy when OPENAI_API_KEY is set, each
with a confusion list (expected → got).`;

interface ModelStats {
  consulted: number;
  timeouts: number;
  failures: number;
  ms: number[];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: "string", default: "eval/routing.jsonl" },
      directory: { type: "string", default: "directory/lakeside-hotel.yaml" },
      concurrency: { type: "string", default: "4" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const dir = parseDirectoryFile(readFileSync(values.directory, "utf8"), values.directory);
  const cases = loadCases(values.file);
  const labels = knownLabels(dir);
  const stray = cases.filter((c) => !labels.has(c.expect));
  if (stray.length > 0) {
    console.error(`labels not in ${values.directory}: ${stray.map((c) => c.expect).join(", ")}`);
    return 2;
  }

  const turns = cases.map((c) => rulesTurn(c.text, dir, c.lang));
  const rules: Scored[] = cases.map((c, i) => {
    const turn = turns[i] as (typeof turns)[number];
    return { case: c, got: rulesLabel(turn, dir), asks: asks(turn) };
  });

  const config = parseConfig(
    { ...process.env, NODE_ENV: "development" },
    { TWILIO_AUTH_TOKEN: "unused", ADMIN_TOKEN: "unused-but-long-enough" },
  );
  let withModel: Scored[] | null = null;
  const stats: ModelStats = { consulted: 0, timeouts: 0, failures: 0, ms: [] };
  if (config.openai) {
    const assistant = createAssistant({ ...config.openai, clock: () => new Date() });
    withModel = [...rules];
    const unsure = turns.flatMap((turn, i) => (turn.kind === "unsure" ? [i] : []));
    const limit = Math.max(1, Number(values.concurrency) || 4);
    let next = 0;
    const worker = async () => {
      while (next < unsure.length) {
        const i = unsure[next++] as number;
        const c = cases[i] as EvalCase;
        const turn = turns[i];
        if (turn?.kind !== "unsure" || !withModel) continue;
        const heard = spokenLanguage(c.text);
        const consulted = await assistant.understand({
          utterance: c.text,
          dir,
          language: heard ?? c.lang,
          related: turn.related,
        });
        stats.consulted += 1;
        stats.ms.push(consulted.ms);
        const rulesGot = rules[i]?.got ?? "unknown";
        if (consulted.status === "timeout") {
          stats.timeouts += 1;
          withModel[i] = { case: c, got: "menu", asks: false };
        } else if (consulted.status !== "answered") {
          stats.failures += 1;
        } else {
          const decision = interpret(consulted.value, dir, turn.related, heard);
          const asksToo =
            decision.kind === "unknown"
              ? (rules[i]?.asks ?? false)
              : decision.kind === "understood" &&
                "confidence" in decision.understanding &&
                decision.understanding.confidence < CONFIDENT;
          withModel[i] = { case: c, got: modelLabel(decision, rulesGot, dir), asks: asksToo };
        }
      }
    };
    await Promise.all(Array.from({ length: limit }, worker));
  }

  const rulesScore = score(rules);
  const modelScore = withModel ? score(withModel) : null;
  if (values.json) {
    console.log(
      JSON.stringify(
        { cases: cases.length, rules: rulesScore, withModel: modelScore, model: stats },
        null,
        2,
      ),
    );
    return 0;
  }
  const zh = cases.filter((c) => c.lang === "zh").length;
  console.log(
    `${cases.length} utterances (${zh} on Chinese calls, ${cases.length - zh} on English calls), ${dir.organisation.name.en}\n`,
  );
  report("rules only", rulesScore, rules);
  if (modelScore && withModel) {
    const sorted = [...stats.ms].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    console.log(
      `\nmodel ${config.openai?.model} at ${config.openai?.baseUrl}: consulted on ${stats.consulted} unsure utterances, ` +
        `${stats.timeouts} timeouts, ${stats.failures} failures; p50 ${at(0.5) ?? "—"} ms, p95 ${at(0.95) ?? "—"} ms\n`,
    );
    report("rules + model", modelScore, withModel);
  } else {
    console.log(
      "\nrules + model: not run (set OPENAI_API_KEY, and OPENAI_BASE_URL for another server)",
    );
  }
  return 0;
}

function asks(turn: ReturnType<typeof rulesTurn>): boolean {
  if (turn.kind !== "decided" && turn.kind !== "unsure") return false;
  const u = turn.understanding;
  return (u.kind === "department" || u.kind === "person") && u.confidence < CONFIDENT;
}

function report(name: string, s: Score, results: Scored[]): void {
  const languages = Object.entries(s.byLanguage)
    .map(([lang, l]) => `${lang} ${percent(l.correct, l.total)}`)
    .join(", ");
  const asked = results.filter((r) => r.asks).length;
  console.log(
    `${name}: ${percent(s.correct, s.total)} correct (${s.correct}/${s.total}; ${languages}); ` +
      `${asked} would first be asked to confirm`,
  );
  if (s.confusions.length === 0) return;
  console.log("  confusions (expected → got):");
  for (const c of s.confusions) {
    console.log(
      `    ${c.count}× ${c.expected} → ${c.got}   e.g. ${c.examples.map((e) => `"${e}"`).join(", ")}`,
    );
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    return 1;
  })
  .then((code) => process.exit(code));
