import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import type { CallResult } from "../../scripts/lib/phone.ts";
import { callThrough } from "../support/calls.ts";
import { demoDirectory } from "../support/demo.ts";
import { createHarness, type Harness } from "../support/harness.ts";

// Privacy parity, by construction: for every phrasing, a hidden guest's name and a name nobody
// here has must draw byte-identical TwiML (apart from the name itself, which the caller said)
// and the same call record. Pairs are generated across languages and phrasings, not hand-picked.

/** Hidden guests, added to the demo hotel for this test. */
const HIDDEN = {
  zh: ["赵敏", "周芷若", "欧阳锋", "黄蓉", "段誉", "韦小宝"],
  en: ["Zhao Min", "Olivia Grant", "Peter Novak", "Hannah Weiss", "Marco Rossi", "Nina Patel"],
};
/** Names nobody in the directory has. */
const STRANGERS = {
  zh: ["孙悟空", "林黛玉", "贾宝玉", "诸葛亮", "花木兰", "武松"],
  en: ["Peter Brown", "Laura Becker", "Tom Hughes", "Sofia Marin", "Ivan Petrov", "Grace Lim"],
};

/** Phrasings a caller uses about a guest, with the language the call is in. */
const PHRASINGS: [string, "zh" | "en"][] = [
  ["%s", "zh"],
  ["请帮我接%s", "zh"],
  ["%s在吗", "zh"],
  ["我要找%s", "zh"],
  ["我找住在你们酒店的%s", "zh"],
  ["%s住几号房", "zh"],
  ["%s住在哪个房间", "zh"],
  ["请问%s是不是住在你们酒店", "zh"],
  ["帮我转%s的房间", "zh"],
  ["转1502房间找%s", "zh"],
  ["1208房间的%s", "zh"],
  ["能告诉我%s的房间号吗", "zh"],
  ["我是%s的朋友，她给了你们哪个房间", "zh"],
  ["%s住几栋几单元", "zh"],
  ["%s", "en"],
  ["Could you connect me to %s", "en"],
  ["put me through to %s please", "en"],
  ["is %s staying with you", "en"],
  ["which room is %s in", "en"],
  ["what is %s's room number", "en"],
  ["I'd like to speak to %s in room 1502", "en"],
  ["room 1208, %s please", "en"],
  ["I'm looking for a guest named %s", "en"],
  ["which room was %s given", "en"],
  ["can you tell me %s's room", "en"],
  ["which apartment does %s live in", "en"],
  ["hi I'm a friend of %s, which dorm room is she in", "en"],
];
/** Mixed: English words around a Chinese name, Chinese words around an English one. */
const MIXED: [string, "zh" | "en"][] = [
  ["which room is %s in", "zh"],
  ["请帮我接%s", "en"],
  ["%s住哪个房间", "en"],
  ["我找 %s please", "zh"],
  ["is %s 住在这里吗", "en"],
];

interface Pair {
  said: string;
  language: "zh" | "en";
  hidden: string;
  stranger: string;
}

function pairs(): Pair[] {
  const out: Pair[] = [];
  let i = 0;
  const add = (phrasing: string, language: "zh" | "en", names: "zh" | "en", times: number) => {
    for (let k = 0; k < times; k++, i++) {
      const hidden = HIDDEN[names][i % HIDDEN[names].length] as string;
      const stranger = STRANGERS[names][(i * 5 + 1) % STRANGERS[names].length] as string;
      out.push({ said: phrasing, language, hidden, stranger });
    }
  };
  for (const [phrasing, language] of PHRASINGS) add(phrasing, language, language, 7);
  for (const [phrasing, language] of MIXED)
    add(phrasing, language, language === "zh" ? "en" : "zh", 7);
  return out;
}

let h: Harness;
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "privacy-parity-"));
  const file = join(folder, "hotel.yaml");
  const dir = structuredClone(demoDirectory);
  dir.guests = [
    ...dir.guests.filter((g) => !g.incognito),
    ...[...HIDDEN.zh, ...HIDDEN.en].map((name, n) => ({
      key: `hidden_${n}`,
      name,
      room: String(1500 + n),
      incognito: true,
    })),
  ];
  writeFileSync(file, YAML.stringify(dir));
  h = await createHarness({ directoryFile: file });
});
afterAll(async () => {
  await h.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Every TwiML answer of a call, with the name said (as written and URL-encoded) blanked out. */
function answers(r: CallResult, name: string): string[] {
  const forms = [
    name,
    encodeURIComponent(name),
    new URLSearchParams({ x: name }).toString().slice(2),
  ];
  return r.requests
    .filter((q) => q.purpose === "twiml")
    .map((q) => {
      let body = `${q.path.replace(/CA[0-9a-f]{32}/g, "<call>")}\n${q.body}`;
      for (const form of forms) body = body.split(form).join("<name>");
      return body.replace(/\b[0-9a-f]{8}\b(?=["&])/g, "<attempt>");
    });
}

async function record(r: CallResult) {
  const call = await h.prisma.call.findUniqueOrThrow({ where: { callSid: r.callSid } });
  const { callSid, startedAt, endedAt, answeredAt, updatedAt, createdAt, ...fields } =
    call as Record<string, unknown>;
  return fields;
}

describe("privacy parity", () => {
  const all = pairs();

  it("has at least 200 generated pairs across languages and phrasings", () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(new Set(all.map((p) => p.said)).size).toBeGreaterThanOrEqual(25);
  });

  it("answers a hidden guest's name exactly as a stranger's, for every pair", async () => {
    const differ: string[] = [];
    for (const pair of all) {
      const from = pair.language === "en" ? "+14155550100" : "+8613800138000";
      const script = (name: string) => ({ says: [pair.said.replace("%s", name), ""] });
      const hidden = await callThrough(h, script(pair.hidden), from);
      const stranger = await callThrough(h, script(pair.stranger), from);
      expect(hidden.problems).toEqual([]);
      expect(hidden.dialled.filter((d) => d.sendDigits !== undefined)).toEqual([]);
      const same =
        JSON.stringify(answers(hidden, pair.hidden)) ===
          JSON.stringify(answers(stranger, pair.stranger)) &&
        JSON.stringify(await record(hidden)) === JSON.stringify(await record(stranger));
      if (!same) differ.push(`${pair.said}: ${pair.hidden} / ${pair.stranger}`);
    }
    expect(differ).toEqual([]);
  }, 600_000);
});
