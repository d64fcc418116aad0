// `npm run eval:routing`: how well the switchboard understands callers, on labelled utterances
// the project keeps for each directory in the repository. Rules alone always; rules plus the
// language model when OPENAI_API_KEY is set (OPENAI_BASE_URL and OPENAI_MODEL as for the server).
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createAssistant } from "../src/ai/assistant.ts";
import { interpret } from "../src/ai/interpret.ts";
import { ConfigError, parseConfig } from "../src/config.ts";
import { parseDirectoryFile } from "../src/directory-file.ts";
import type { Directory } from "../src/rules/directory.ts";
import { spokenLanguage } from "../src/rules/knowledge.ts";
import { rulesTurn } from "../src/rules/turn.ts";
import { CONFIDENT, whyDepartments } from "../src/rules/understand/index.ts";
import { kindsOf } from "../src/rules/understand/kinds-of.ts";
import {
  type EvalCase,
  knownLabels,
  loadCases,
  meanTurns,
  modelLabel,
  percent,
  type Score,
  type Scored,
  score,
  scoreTurn,
} from "./lib/routing-eval.ts";

/** Each directory in the repository, the utterances tuned against, and those held out. */
const SETS = [
  {
    directory: "directory/lakeside-hotel.yaml",
    files: ["eval/routing.jsonl", "eval/lakeside-messy.jsonl"],
    heldOut: ["eval/held-out/lakeside.jsonl"],
  },
  {
    directory: "directory/huaxin-manufacturing.yaml",
    files: ["eval/huaxin.jsonl"],
    heldOut: ["eval/held-out/huaxin.jsonl"],
  },
  // Organisations written from the docs alone, each with callers split in two: one half looked
  // at while improving the rules, the other scored blind.
  ...[
    "qiantang-hotel",
    "yunfan-software",
    "haitong-trading",
    "hengji-construction",
    "lvyuan-hospital",
    "jinhai-logistics",
    "xishan-resort",
    "donghu-university",
    "huijia-property",
    "tianma-auto",
    "jinghe-law",
    "tianfu-airport-hotel",
    "xiaojing-electronics",
    "jinyue-mall",
    "ruikang-pharma",
    "hexin-insurance",
    "pujiang-expo",
    "huiquan-utilities",
    "lingxi-school",
    "saibei-dairy",
    "huiting-residences",
    "yuetu-hotel",
    "yuefang-textiles",
    "hanjiang-services",
    "jiangcheng-bank",
    "lanting-homes",
    "songhe-eldercare",
    "weixiang-dining",
    "yuanjing-travel",
    "chengtong-telecom",
  ].map((org) => ({
    directory: `eval/blind/${org}.yaml`,
    files: [`eval/blind/${org}.jsonl`],
    heldOut: [`eval/held-out/${org}.jsonl`],
  })),
];

const HELP = `Evaluate routing on labelled utterances, per directory.

Usage: npm run eval:routing [-- --held-out --json]
       npm run eval:routing -- --file FILE --directory FILE

  --held-out         also score the held-out utterances (eval/held-out/), reported apart
  --file FILE        one labelled set instead of every directory's (with --directory)
  --directory FILE   the directory that set is about (default directory/lakeside-hotel.yaml)
  --why              with each confusion, the phrases heard and where each points
  --concurrency N    model calls at once (default 4)
  --json             print the scores as JSON
  -h, --help         show this help

For each directory: rules-only accuracy, by file, by language, for messy speech and by the kind
of department expected; the mean number of caller turns before a transfer; and a confusion list
(expected → got). Rules plus the model too when OPENAI_API_KEY is set.`;

interface ModelStats {
  consulted: number;
  timeouts: number;
  failures: number;
  ms: number[];
}

interface Run {
  name: string;
  dir: Directory;
  files: string[];
  cases: EvalCase[];
  rules: Scored[];
  withModel: Scored[] | null;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      directory: { type: "string", default: "directory/lakeside-hotel.yaml" },
      "held-out": { type: "boolean", default: false },
      why: { type: "boolean", default: false },
      concurrency: { type: "string", default: "4" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const plan = values.file
    ? [{ directory: values.directory, files: [values.file], name: values.file }]
    : SETS.flatMap((set) => [
        { directory: set.directory, files: set.files, name: "tuned on" },
        ...(values["held-out"]
          ? [{ directory: set.directory, files: set.heldOut.filter(existsSync), name: "held out" }]
          : []),
      ]);
  const config = parseConfig(
    { ...process.env, NODE_ENV: "development" },
    { TWILIO_AUTH_TOKEN: "unused", ADMIN_TOKEN: "unused-but-long-enough" },
  );
  const stats: ModelStats = { consulted: 0, timeouts: 0, failures: 0, ms: [] };
  const runs: Run[] = [];
  for (const item of plan) {
    const dir = parseDirectoryFile(readFileSync(item.directory, "utf8"), item.directory);
    const cases = item.files.flatMap((f) => loadCases(f).map((c) => ({ ...c, file: f })));
    const labels = knownLabels(dir);
    const stray = cases.filter((c) => !labels.has(c.expect));
    if (stray.length > 0) {
      console.error(`labels not in ${item.directory}: ${stray.map((c) => c.expect).join(", ")}`);
      return 2;
    }
    const turns = cases.map((c) => rulesTurn(c.text, dir, c.lang));
    const rules = cases.map((c, i) => scoreTurn(c, turns[i] as ReturnType<typeof rulesTurn>, dir));
    const withModel = config.openai
      ? await withTheModel(config.openai, cases, turns, rules, dir, values.concurrency, stats)
      : null;
    runs.push({ name: item.name, dir, files: item.files, cases, rules, withModel });
  }

  if (values.json) {
    console.log(
      JSON.stringify(
        runs.map((r) => ({
          directory: r.dir.organisation.key,
          set: r.name,
          files: r.files,
          cases: r.cases.length,
          messy: r.cases.filter((c) => c.messy).length,
          rules: score(r.rules),
          meanTurns: meanTurns(r.rules),
          withModel: r.withModel ? score(r.withModel) : null,
        })),
        null,
        2,
      ),
    );
    return 0;
  }
  for (const run of runs) {
    const zh = run.cases.filter((c) => c.lang === "zh").length;
    const messy = run.cases.filter((c) => c.messy).length;
    console.log(
      `\n== ${run.dir.organisation.name.en}, ${run.name}: ${run.cases.length} utterances ` +
        `(${zh} on Chinese calls, ${run.cases.length - zh} on English calls; ${messy} messy)`,
    );
    report("rules only", run, run.rules, values.why);
    if (run.withModel) report("rules + model", run, run.withModel, false);
  }
  const all = runs.flatMap((r) => r.cases);
  const messy = all.filter((c) => c.messy).length;
  console.log(
    `\n${all.length} utterances in all, ${messy} (${percent(messy, all.length)}) in messy speech.`,
  );
  if (config.openai) {
    const sorted = [...stats.ms].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    console.log(
      `model ${config.openai.model} at ${config.openai.baseUrl}: consulted on ${stats.consulted} unsure utterances, ` +
        `${stats.timeouts} timeouts, ${stats.failures} failures; p50 ${at(0.5) ?? "—"} ms, p95 ${at(0.95) ?? "—"} ms`,
    );
  } else {
    console.log(
      "rules + model: not run (set OPENAI_API_KEY, and OPENAI_BASE_URL for another server)",
    );
  }
  return 0;
}

async function withTheModel(
  openai: NonNullable<ReturnType<typeof parseConfig>["openai"]>,
  cases: EvalCase[],
  turns: ReturnType<typeof rulesTurn>[],
  rules: Scored[],
  dir: Directory,
  concurrency: string | undefined,
  stats: ModelStats,
): Promise<Scored[]> {
  const assistant = createAssistant({ ...openai, clock: () => new Date() });
  const withModel = [...rules];
  const unsure = turns.flatMap((turn, i) => (turn.kind === "unsure" ? [i] : []));
  const limit = Math.max(1, Number(concurrency) || 4);
  let next = 0;
  const worker = async () => {
    while (next < unsure.length) {
      const i = unsure[next++] as number;
      const c = cases[i] as EvalCase;
      const turn = turns[i];
      if (turn?.kind !== "unsure") continue;
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
        const decision = interpret(consulted.value, dir, turn.related, heard ?? c.lang);
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
  return withModel;
}

/** The kind of what was expected: the department's kind, or the label's own ("person", "faq"). */
function kindOf(label: string, dir: Directory): string {
  const [what, key] = label.split(":");
  if (what === "department" && key) return kindsOf(dir).get(key)?.join("+") || key;
  return what ?? label;
}

function line(name: string, s: Score, results: Scored[]): string {
  const turns = meanTurns(results);
  return (
    `${name}: ${percent(s.correct, s.total)} (${s.correct}/${s.total})` +
    (turns === null ? "" : `, mean caller turns before a transfer ${turns.toFixed(2)}`)
  );
}

function report(name: string, run: Run, results: Scored[], why: boolean): void {
  const s = score(results);
  const languages = Object.entries(s.byLanguage)
    .map(([lang, l]) => `${lang} ${percent(l.correct, l.total)}`)
    .join(", ");
  const asked = results.filter((r) => r.asks).length;
  console.log(`${line(name, s, results)}; ${languages}; ${asked} first asked to confirm`);
  const part = (label: string, keep: (r: Scored) => boolean) => {
    const some = results.filter(keep);
    if (some.length > 0 && some.length < results.length) {
      console.log(`  ${line(label, score(some), some)}`);
    }
  };
  for (const file of run.files) part(file, (r) => (r.case as { file?: string }).file === file);
  part("messy speech", (r) => r.case.messy === true);
  part("clean speech", (r) => r.case.messy !== true);
  console.log("  by kind:");
  const kinds = [...new Set(results.map((r) => kindOf(r.case.expect, run.dir)))].sort();
  for (const kind of kinds) {
    const some = results.filter((r) => kindOf(r.case.expect, run.dir) === kind);
    console.log(`    ${line(kind, score(some), some)}`);
  }
  if (s.confusions.length === 0) return;
  console.log("  confusions (expected → got):");
  for (const c of s.confusions) {
    console.log(
      `    ${c.count}× ${c.expected} → ${c.got}   e.g. ${c.examples.map((e) => `"${e}"`).join(", ")}`,
    );
    if (!why) continue;
    for (const example of c.examples) {
      const cues = whyDepartments(example, run.dir);
      console.log(`        "${example}": ${cues.length > 0 ? cues.join("; ") : "no phrase heard"}`);
    }
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    return 1;
  })
  .then((code) => process.exit(code));
