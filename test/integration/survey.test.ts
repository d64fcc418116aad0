import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CallResult, CallScript } from "../../scripts/lib/phone.ts";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { SurveySettings } from "../../src/rules/directory.ts";
import { inShare } from "../../src/rules/survey.ts";
import { importDirectory } from "../../src/store/directory.ts";
import { callThrough } from "../support/calls.ts";
import {
  admin,
  callParams,
  createHarness,
  DEMO_DIRECTORY,
  type Harness,
  post,
  WEEKDAY_MORNING,
} from "../support/harness.ts";

const FROM = "+8613800138000";
const FROM_ABROAD = "+14155550100";
const QUESTION_ZH = "请为本次服务打分，1到5分，5分最满意。";
const QUESTION_EN = "Please rate this call from 1 to 5, 5 being best.";
const FAREWELL_ZH = "感谢您的来电，祝您有个愉快的一天。";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

let imports = 0;

/** Imports the demo directory again with these survey settings, as a new version of it. */
async function surveyConfigured(settings: Partial<SurveySettings>): Promise<void> {
  const dir = parseDirectoryFile(readFileSync(DEMO_DIRECTORY, "utf8"), DEMO_DIRECTORY);
  dir.organisation.survey = { ...dir.organisation.survey, ...settings };
  imports += 1;
  await importDirectory(h.db, dir, new Date(WEEKDAY_MORNING.getTime() - 1000 + imports));
}

async function call(script: CallScript, from = FROM): Promise<CallResult> {
  const result = await callThrough(h, script, from);
  expect(result.problems).toEqual([]);
  return result;
}

async function surveyOf(r: CallResult) {
  return h.prisma.survey.findUnique({ where: { callSid: r.callSid } });
}

/** The call as GET /api/calls/:sid shows it. */
async function callJson(callSid: string) {
  const res = await admin(h, `/api/calls/${callSid}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { survey: unknown; outcome: string };
}

/** What the caller heard from the survey's question on. */
function afterQuestion(r: CallResult, question: string): string[] {
  return r.heard.slice(r.heard.indexOf(question));
}

describe("the survey after a transfer the staff member ended", () => {
  it("asks in Chinese and keeps the key pressed, for the call, the department and the person", async () => {
    const r = await call({ says: ["我找李娜", "#5"], staff: ["answer"] });
    expect(afterQuestion(r, QUESTION_ZH)).toEqual([QUESTION_ZH, "感谢您的评价。", FAREWELL_ZH]);
    expect(await surveyOf(r)).toMatchObject({
      after: "transfer",
      department: "finance",
      staff: "li_na",
      score: 5,
      comment: null,
      followUp: null,
      language: "zh",
    });
    expect(await callJson(r.callSid)).toMatchObject({
      outcome: "transferred",
      survey: { score: 5, comment: null },
    });
    const listed = await (await admin(h, "/api/calls")).json();
    expect(listed.items[0]).toMatchObject({ survey: { score: 5, comment: null } });
  });

  it("asks in English a caller who speaks English", async () => {
    const r = await call({ says: ["I'd like to speak to Li Na", "#4"] }, FROM_ABROAD);
    expect(r.heard).toContain(QUESTION_EN);
    expect(r.heard.at(-2)).toBe("Thank you for your feedback.");
    expect(await surveyOf(r)).toMatchObject({ score: 4, language: "en", staff: "li_na" });
  });

  it("does not ask a caller who hung up first, nor after a department nobody took", async () => {
    const sid = "CA0000000000000000000000000000beef";
    await post(h, "/voice/incoming", callParams(sid));
    await post(
      h,
      `/voice/screen/answer?parent=${sid}&a=a1&by=li_na`,
      callParams("CA0000000000000000000000000000c0de", "+862155550206", {
        ParentCallSid: sid,
        CallStatus: "in-progress",
        Digits: "1",
      }),
    );
    const dialed = "/voice/dialed?kind=person&dept=finance&target=li_na&a=a1&s=1";
    const outcome = { DialCallStatus: "completed", DialCallDuration: "30" };
    // Twilio still asks the Dial's action when the caller hangs up; nobody is there to ask.
    const gone = await post(
      h,
      dialed,
      callParams(sid, FROM, { ...outcome, CallStatus: "completed" }),
    );
    expect(await gone.text()).toContain("<Hangup/>");
    expect(await h.prisma.survey.count()).toBe(0);

    const r = await call({ says: ["我找李娜", "我姓王", "个人", "#1"], staff: ["decline"] });
    // Declined: the message's own question, not the transfer's.
    expect(await surveyOf(r)).toMatchObject({ after: "message", staff: "li_na" });
  });
});

describe("the survey after a message", () => {
  it("asks in Chinese after the message is read back, and silence ends the call unanswered", async () => {
    const r = await call({
      says: ["我找李娜", "我姓王", "东方贸易公司", "#1", ""],
      staff: ["decline"],
    });
    const read = r.heard.findIndex((t) => t.startsWith("好的，您的留言已记录"));
    expect(r.heard.slice(read + 1)).toEqual([QUESTION_ZH, FAREWELL_ZH]);
    expect(await surveyOf(r)).toMatchObject({
      after: "message",
      score: null,
      department: "finance",
    });
    expect(await callJson(r.callSid)).toMatchObject({ outcome: "message", survey: null });
  });

  it("asks in English, and takes a spoken comment after a low score, numbers masked", async () => {
    const r = await call(
      {
        says: [
          "I'd like to speak to Li Na",
          "Tom Baker",
          "Acme",
          "#1",
          "#2",
          "Nobody called me back, try 13912345678",
        ],
        staff: ["decline"],
        message: "Please call me about the invoice.",
      },
      FROM_ABROAD,
    );
    expect(r.heard).toContain(QUESTION_EN);
    expect(r.heard).toContain(
      "We're sorry we let you down. Please tell us briefly what we could do better.",
    );
    const survey = await surveyOf(r);
    expect(survey).toMatchObject({ score: 2, followUp: "open", language: "en" });
    expect(survey?.comment).toContain("Nobody called me back");
    expect(survey?.comment).not.toContain("13912345678");
    expect((await callJson(r.callSid)).survey).toEqual({ score: 2, comment: survey?.comment });
  });

  it("is asked again once after a wrong key", async () => {
    const r = await call({
      says: ["我找李娜", "我姓王", "个人", "#1", "#9", "#3"],
      staff: ["decline"],
    });
    expect(r.heard).toContain(`请按1到5之间的数字键。`);
    expect(await surveyOf(r)).toMatchObject({ score: 3 });
  });

  it("keeps the question asked when the caller hangs up at it", async () => {
    const r = await call({
      says: ["我找李娜", "我姓王", "个人", "#1", "/hangup"],
      staff: ["decline"],
    });
    expect(r.heard.at(-1)).toBe(QUESTION_ZH);
    expect(await surveyOf(r)).toMatchObject({ score: null, answeredAt: null });
    expect(await callJson(r.callSid)).toMatchObject({ outcome: "message", survey: null });
    expect(await h.prisma.notification.count({ where: { kind: "survey_follow_up" } })).toBe(0);
  });
});

describe("the survey after an answer", () => {
  it("asks in Chinese once the caller needs nothing more", async () => {
    const r = await call({ says: ["早餐几点？", "", "#1"] });
    expect(afterQuestion(r, QUESTION_ZH)).toEqual([
      QUESTION_ZH,
      "很抱歉没能让您满意。请简单说说我们哪里需要改进。",
    ]);
    expect(await surveyOf(r)).toMatchObject({ after: "faq", score: 1, followUp: "open" });
    expect((await callJson(r.callSid)).outcome).toBe("info");
  });

  it("asks in English after 'no, thanks'", async () => {
    const r = await call({ says: ["What time is breakfast?", "No, thanks", "#5"] }, FROM_ABROAD);
    expect(afterQuestion(r, QUESTION_EN)).toEqual([
      QUESTION_EN,
      "Thank you for your feedback.",
      "Thank you for calling Lakeside Hotel. Have a pleasant day.",
    ]);
    expect(await surveyOf(r)).toMatchObject({ after: "faq", score: 5, language: "en" });
  });
});

describe("who is asked", () => {
  it("asks nobody when the survey is off, and uses the organisation's own wording", async () => {
    await surveyConfigured({ enabled: false });
    const off = await call({ says: ["早餐几点？", ""] });
    expect(off.heard).not.toContain(QUESTION_ZH);
    expect(off.heard.at(-1)).toBe(FAREWELL_ZH);
    expect(await h.prisma.survey.count()).toBe(0);

    await surveyConfigured({ question: { zh: "请为我们打分，按1到5。", en: "Rate us, 1 to 5." } });
    h.setNow(new Date(WEEKDAY_MORNING.getTime() + 5000));
    const own = await call({ says: ["早餐几点？", "", "#4"] });
    expect(own.heard).toContain("请为我们打分，按1到5。");
    expect(await surveyOf(own)).toMatchObject({ score: 4 });
  });

  it("asks only the configured share of calls, the same calls every time", async () => {
    await surveyConfigured({ share: 0.5 });
    const sids = Array.from({ length: 16 }, (_, i) => `CA${String(i).padStart(32, "7")}`);
    const asked: boolean[] = [];
    for (const sid of sids) {
      await post(h, "/voice/incoming", callParams(sid));
      const res = await post(
        h,
        "/voice/message/recorded?dept=finance",
        callParams(sid, FROM, {
          CallStatus: "in-progress",
          RecordingUrl: "https://api.twilio.com/2010-04-01/Accounts/AC0/Recordings/RE1",
          RecordingSid: "RE00000000000000000000000000000001",
          RecordingDuration: "5",
        }),
      );
      asked.push((await res.text()).includes("/voice/survey"));
    }
    expect(asked).toEqual(sids.map((sid) => inShare(sid, 0.5)));
    // Both kinds among these SIDs, so the share is what decided.
    expect(new Set(asked)).toEqual(new Set([true, false]));
  });

  it("does not ask the same caller again within the configured days", async () => {
    await surveyConfigured({ notAgainWithinDays: 30 });
    const faq = { says: ["早餐几点？", "", "#5"] };
    const first = await call(faq);
    expect(await surveyOf(first)).not.toBeNull();
    h.setNow(new Date(WEEKDAY_MORNING.getTime() + 29 * 86_400_000));
    const again = await call(faq);
    expect(again.heard).not.toContain(QUESTION_ZH);
    expect(await surveyOf(again)).toBeNull();
    // Another caller the same day is asked.
    expect(await surveyOf(await call(faq, "+8613900001111"))).not.toBeNull();
    h.setNow(new Date(WEEKDAY_MORNING.getTime() + 31 * 86_400_000));
    expect(await surveyOf(await call(faq))).not.toBeNull();
  });

  it("refuses settings out of range, naming the field", () => {
    const text = readFileSync(DEMO_DIRECTORY, "utf8").replace(
      /^organisation:\n/m,
      "organisation:\n  survey: { share: 1.5, notAgainWithinDays: -1 }\n",
    );
    expect(() => parseDirectoryFile(text, "d.yaml")).toThrow(/organisation\.survey\.share/);
    expect(() => parseDirectoryFile(text, "d.yaml")).toThrow(
      /organisation\.survey\.notAgainWithinDays/,
    );
  });
});
