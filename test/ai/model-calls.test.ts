import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { CallResult, CallScript } from "../../scripts/lib/phone.ts";
import { routingKeys } from "../../src/ai/schema.ts";
import { messageBlocks } from "../../src/bot/blocks/message.ts";

import { messageFromRow } from "../../src/bot/blocks/payloads.ts";
import { callThrough } from "../support/calls.ts";
import { demoDirectory, expectNothingUnsafe, MOBILES, ROOMS } from "../support/demo.ts";
import { type FakeOpenAI, startFakeOpenAI, UNKNOWN_REPLY } from "../support/fake-openai.ts";
import { createHarness, type Harness, WEEKDAY_MORNING } from "../support/harness.ts";

const directory = demoDirectory;
const pool = directory.knowledge.find(
  (k) => k.key === "gym_pool",
) as (typeof directory.knowledge)[0];
/** What must never reach the model: private numbers, desks, rooms, guests. */
const NEVER_SENT = [
  ...ROOMS,
  ...MOBILES,
  ...directory.staff.map((s) => s.desk),
  ...directory.departments.flatMap((d) => d.numbers),
  ...directory.guests.map((g) => g.name),
];

let fake: FakeOpenAI;
let h: Harness;

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(async () => {
  fake.reset();
  h = await createHarness({ openaiBaseUrl: fake.url });
});
afterEach(async () => {
  // Whatever a test did, nothing private ever left for the model.
  for (const request of fake.requests) {
    for (const secret of NEVER_SENT) expect(request.text).not.toContain(secret);
  }
  await h.close();
});

async function call(script: CallScript, from?: string): Promise<CallResult> {
  const result = await callThrough(h, script, from);
  expect(result.problems).toEqual([]);
  expectNothingUnsafe(result);
  return result;
}

const heard = (r: CallResult) => r.heard.join("\n");

/** What the caller heard in answer to their turn `i` (0-based). */
function answerTo(r: CallResult, i: number): string {
  const inputs = r.lines.flatMap((l, at) => (l.leg === "caller" && l.kind === "input" ? [at] : []));
  const from = inputs[i] ?? r.lines.length;
  return r.lines
    .slice(from + 1, inputs[i + 1] ?? r.lines.length)
    .filter((l) => l.leg === "caller" && l.kind === "say")
    .map((l) => l.text)
    .join("\n");
}
const stored = (r: CallResult) =>
  h.prisma.call.findUniqueOrThrow({ where: { callSid: r.callSid } });

/** The "model" detail the intent step recorded, from the call's events. */
async function modelDetail(r: CallResult) {
  const events = await h.prisma.callEvent.findMany({
    where: { callSid: r.callSid, type: "intent" },
    orderBy: { id: "asc" },
  });
  return events.map((e) => (JSON.parse(e.detail) as { model?: Record<string, unknown> }).model);
}

function reply(fields: Partial<typeof UNKNOWN_REPLY> & Record<string, unknown>) {
  return { json: { ...UNKNOWN_REPLY, ...fields } };
}

describe("when the rules are unsure, the model", () => {
  it("routes by a structured output, with keys enumerated from the directory", async () => {
    fake.script(reply({ intent: "department", key: "restaurant", confidence: 0.9 }));
    const r = await call({ says: ["嗯，我想找个能帮我弄点吃的人"], staff: ["answer"] });
    expect(heard(r)).toContain("正在为您转接餐饮部");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550103"]);
    expect(await stored(r)).toMatchObject({ intent: "department", department: "restaurant" });

    const [sent] = fake.requests;
    expect(sent?.authorization).toBe("Bearer sk-test-openai-key");
    expect(sent?.body.model).toBe("gpt-test");
    const format = sent?.body.response_format;
    expect(format?.type).toBe("json_schema");
    expect(format?.json_schema?.strict).toBe(true);
    const properties = format?.json_schema?.schema.properties as Record<
      string,
      { enum?: string[] }
    >;
    expect(properties.key?.enum).toEqual([...routingKeys(directory), "none"]);
    expect(properties.key?.enum).not.toContain("liu_yang");
    // The caller's words travel as data in the user message, never in the instructions.
    expect(sent?.callerSaid).toBe("嗯,我想找个能帮我弄点吃的人");
    expect(
      sent?.body.messages.filter((m) => m.role === "system").map((m) => m.content),
    ).not.toEqual(expect.arrayContaining([expect.stringContaining("弄点吃的")]));
    expect((await modelDetail(r))[0]).toMatchObject({ status: "answered" });
    expect(h.logs.some((l) => l.includes('"msg":"language model consulted"'))).toBe(true);
  });

  it("asks the caller to confirm a guess it is not sure of", async () => {
    fake.script(reply({ intent: "person", key: "wang_fang", confidence: 0.5 }));
    const r = await call({ says: ["我那个东西的事情", "是"], staff: ["answer"] });
    expect(heard(r)).toContain("请问您是要找人事部的王芳吗");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550208"]);
  });

  it("treats a key outside the directory as unknown", async () => {
    fake.script(
      reply({ intent: "department", key: "general_manager", confidence: 1 }),
      reply({ intent: "person", key: "+8613900000001", confidence: 1 }),
    );
    const r = await call({ says: ["我那个东西的事情", "我那个东西的事情"] });
    expect(r.dialled).toEqual([]);
    expect(
      [answerTo(r, 0), answerTo(r, 1)].filter((t) => t.includes("抱歉，我没有听清")),
    ).toHaveLength(2);
    expect(fake.requests).toHaveLength(1);
    expect((await modelDetail(r))[1]).toMatchObject({ status: "answered", cached: true });
  });

  it("never lets the model raise an emergency: it only asks whether to connect security", async () => {
    fake.script(reply({ intent: "emergency", key: "none", confidence: 1 }));
    const r = await call({ says: ["我那个东西的事情"] });
    expect(heard(r)).toContain("请问您是要找保安部吗");
    expect(r.dialled).toEqual([]);
    expect(await h.prisma.emergencyAlert.count()).toBe(0);
    expect((await stored(r)).outcome).not.toBe("emergency");
  });

  it.each<[string, Parameters<FakeOpenAI["script"]>[0]]>([
    ["malformed JSON", { content: '{"intent": "department", "key": "restaur' }],
    ["a reply missing fields", { json: { intent: "department", key: "restaurant" } }],
    ["a refusal", { refusal: "I can't help with that." }],
    ["a 429", { status: 429, message: "Rate limit reached" }],
    ["a 500", { status: 500 }],
  ])("leaves the caller with the rules after %s", async (_, broken) => {
    fake.script(broken);
    const r = await call({ says: ["我那个东西的事情", "#3"], staff: ["answer"] });
    expect(answerTo(r, 0)).toContain("抱歉，我没有听清");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550102"]);
    expect(fake.requests).toHaveLength(1);
    expect((await modelDetail(r))[0]?.status).not.toBe("answered");
  });

  it("gives the keypad menu when the model is too slow", async () => {
    fake.script({
      json: { ...UNKNOWN_REPLY, intent: "department", key: "restaurant" },
      delayMs: 10_000,
    });
    const r = await call({ says: ["嗯，我想找个能帮我弄点吃的人", "#4"], staff: ["answer"] });
    expect(answerTo(r, 0)).toContain("抱歉，让您久等了");
    expect(answerTo(r, 0)).toContain("请按键选择");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550103"]);
    expect((await modelDetail(r))[0]).toMatchObject({ status: "timeout" });
  });

  it("is skipped for a while after repeated failures, then tried again", async () => {
    fake.answer({ status: 500 });
    for (const words of ["第一件事情", "另外一件事情", "还有一件事情"]) {
      const r = await call({ says: [words] });
      expect(answerTo(r, 0)).toContain("抱歉，我没有听清");
    }
    expect(fake.requests).toHaveLength(3);

    const skipped = await call({ says: ["别的事情"] });
    expect(answerTo(skipped, 0)).toContain("抱歉，我没有听清");
    expect(fake.requests).toHaveLength(3);
    expect((await modelDetail(skipped))[0]).toMatchObject({ status: "skipped" });

    fake.answer(reply({ intent: "department", key: "housekeeping", confidence: 0.9 }));
    h.setNow(new Date(WEEKDAY_MORNING.getTime() + 31_000));
    const again = await call({ says: ["别的事情"], staff: ["answer"] });
    expect(fake.requests).toHaveLength(4);
    expect(heard(again)).toContain("正在为您转接客房部");
  });

  it("is never asked about emergencies, outside numbers or clear requests", async () => {
    fake.answer({ status: 500 });
    const fire = await call({ says: ["着火了，快来人！"] });
    expect(fire.dialled.map((d) => d.number)).toEqual(["+862155550109"]);
    const outside = await call({ says: ["帮我打一下13912345678", "/hangup"] });
    expect(heard(outside)).toContain("不能拨打外部号码");
    const clear = await call({ says: ["我想订房"], staff: ["answer"] });
    expect(clear.dialled.map((d) => d.number)).toEqual(["+862155550101"]);
    expect(fake.requests).toEqual([]);
  });
});

describe("questions the knowledge base answers", () => {
  it("are answered by the rules in the caller's language, then 'anything else?'", async () => {
    fake.answer({ status: 500 });
    // Silence at the survey's question that follows.
    const r = await call({ says: ["早餐几点", "没有了，谢谢", ""] });
    expect(answerTo(r, 0)).toContain("早餐在一楼湖景西餐厅供应");
    expect(answerTo(r, 0)).toContain("请问还有什么可以帮您");
    expect(r.heard.at(-1)).toContain("感谢您的来电");
    expect(r.ended).toBe("twiml");
    expect(await stored(r)).toMatchObject({ intent: "faq", outcome: "info" });
    expect(fake.requests).toEqual([]);

    const en = await call({ says: ["where do I park my car?", "no thanks"] });
    expect(answerTo(en, 0)).toContain("underground car park");
    expect(answerTo(en, 0)).toContain("Is there anything else I can help you with?");
    expect(await stored(en)).toMatchObject({ language: "en", intent: "faq", outcome: "info" });
  });

  it("end the call politely when the caller says nothing more after the answer", async () => {
    fake.answer({ status: 500 });
    const r = await call({ says: ["早餐几点", "", ""] });
    expect(answerTo(r, 0)).toContain("请问还有什么可以帮您");
    // The survey's question, unanswered, then the farewell.
    expect(r.heard.slice(-2)).toEqual([
      "请为本次服务打分，1到5分，5分最满意。",
      "感谢您的来电，祝您有个愉快的一天。",
    ]);
    expect(heard(r)).not.toContain("没有听清");
    expect(r.ended).toBe("twiml");
    expect(await stored(r)).toMatchObject({ intent: "faq", outcome: "info" });
  });

  it("that nothing answers get an offer of a person, with rules alone too", async () => {
    const rulesAlone = h;
    h = await createHarness();
    try {
      const r = await call({ says: ["你们有充电宝可以借吗", "是"], staff: ["answer"] });
      expect(answerTo(r, 0)).toContain("抱歉，这个问题我暂时无法回答。需要为您转接总机吗");
      expect(r.dialled.map((d) => d.number)).toEqual(["+862155550199"]);
    } finally {
      await h.close();
      h = rulesAlone;
    }
    fake.answer({ status: 500 });
    const failed = await call({ says: ["do you have a spa"] }, "+14155550100");
    expect(answerTo(failed, 0)).toContain("I'm sorry, I don't have that information");
    expect(fake.requests).toHaveLength(1);
  });

  it("go on to a transfer when the caller wants one next", async () => {
    const r = await call({ says: ["wifi密码是多少", "我要开发票"], staff: ["answer"] });
    expect(answerTo(r, 0)).toContain("Lakeside Guest");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550106"]);
    expect(await stored(r)).toMatchObject({ intent: "department", outcome: "transferred" });
  });

  it("are answered with the entries the model cites among those found, never its words", async () => {
    const answer = "室内游泳池在五楼，每天早上7点到晚上10点开放。";
    fake.script(reply({ intent: "faq", answer, cites: ["gym_pool"], confidence: 0.9 }));
    const r = await call({ says: ["晚上想去游泳"] });
    expect(answerTo(r, 0)).toContain(pool.answer.zh);
    expect(answerTo(r, 0)).not.toContain(answer);
    expect(answerTo(r, 0)).toContain("请问还有什么可以帮您");
    expect(fake.requests[0]?.text).toContain("gym_pool");
    expect(fake.requests[0]?.text).not.toContain("- breakfast:");
    // The model is given the questions to choose from, not the answers to rewrite.
    expect(fake.requests[0]?.text).not.toContain(pool.answer.zh);
    const schema = fake.requests[0]?.body.response_format?.json_schema?.schema as {
      properties: { cites: { items: { enum: string[] } }; answer?: unknown };
    };
    expect(schema.properties.cites.items.enum).toEqual(["gym_pool"]);
    expect(schema.properties.answer).toBeUndefined();
    expect(await stored(r)).toMatchObject({ intent: "faq", outcome: "info" });
  });

  it("are answered in the caller's language whatever language the model names", async () => {
    fake.script(reply({ intent: "faq", language: "en", cites: ["gym_pool"] }));
    const r = await call({ says: ["晚上想去游泳"] });
    expect(answerTo(r, 0)).toContain(pool.answer.zh);
    expect(heard(r)).not.toContain(pool.answer.en);
  });

  it.each([
    ["cites nothing", []],
    ["cites an entry not found for the question", ["wifi"]],
    ["cites a key that is no entry", ["+8613900000001"]],
  ])("offer a transfer when the model %s", async (_, cites) => {
    fake.script(reply({ intent: "faq", cites }));
    const r = await call({ says: ["晚上想去游泳", "是"], staff: ["answer"] });
    // Offered the desk the words point to: the pool is the front desk's in a hotel without a spa.
    expect(answerTo(r, 0)).toContain("抱歉，这个问题我暂时无法回答。需要为您转接前台吗");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862155550100"]);
  });
});

describe("messages", () => {
  it("get the model's line as machine-written, after the caller's words; urgency by the rules", async () => {
    fake.answer((request) =>
      request.body.response_format?.json_schema?.name === "message_summary"
        ? { json: { summary: "上月发票有误，要求回电" } }
        : { json: UNKNOWN_REPLY },
    );
    const r = await call({
      says: ["我找李娜", "我姓王", "东方贸易公司", "#1"],
      staff: ["decline"],
      message: "我住在1208，关于上个月的发票开错了，今天一定要回电。",
    });
    const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(message).toMatchObject({
      summary: "我住在[number]，关于上个月的发票开错了，今天一定要回电",
      machineSummary: "上月发票有误，要求回电",
      // Due today: by what it is about.
      urgency: "urgent",
    });
    const summarised = fake.requests.find((q) => q.text.includes("上个月的发票"));
    expect(summarised?.text).toContain("[number]");
    const post = messageBlocks(messageFromRow(message), directory);
    expect(post.text).not.toContain("上月发票有误");
    const blocks = JSON.stringify(post.blocks);
    expect(blocks).toContain("*摘要 Summary*  🔴 紧急 urgent");
    expect(blocks.indexOf("*留言 Message*")).toBeLessThan(blocks.indexOf("上月发票有误"));
    expect(blocks).toContain(
      "🤖 机器摘要，仅供参考 Machine-written summary, unchecked: 上月发票有误，要求回电",
    );
  });

  it("get the first sentence and no machine line when the model is not there", async () => {
    fake.answer({ status: 500 });
    const r = await call({
      says: ["我找李娜", "我姓王", "东方贸易公司", "#1"],
      staff: ["decline"],
      message: "关于上个月的发票，请回电。不着急，这周内就行。",
    });
    const message = await h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
    expect(message).toMatchObject({
      summary: "关于上个月的发票，请回电",
      machineSummary: null,
      urgency: "low",
    });
  });
});
