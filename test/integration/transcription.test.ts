import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createJobs } from "../../src/app.ts";
import { runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import { callThrough } from "../support/calls.ts";
import { DEFAULT_TRANSCRIPTION, type FakeOpenAI, startFakeOpenAI } from "../support/fake-openai.ts";
import { FakeTwilio } from "../support/fake-twilio.ts";
import {
  AUTH_TOKEN,
  callParams,
  createHarness,
  type Harness,
  post,
  TWILIO_ACCOUNT_SID,
  WEEKDAY_MORNING,
} from "../support/harness.ts";

let h: Harness;
let twilio: FakeTwilio;
let openai: FakeOpenAI;
const AUDIO = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 1, 2, 3, 250, 251, 252]);

beforeEach(async () => {
  twilio = await new FakeTwilio(TWILIO_ACCOUNT_SID, AUTH_TOKEN).start();
  openai = await startFakeOpenAI();
  h = await createHarness({ twilioApiUrl: twilio.url });
});
afterEach(async () => {
  await h.close();
  await twilio.stop();
  await openai.close();
});

const openaiConfig = () => ({
  apiKey: "sk-test-openai-key",
  baseUrl: openai.url,
  model: "gpt-test",
  timeoutMs: 1500,
  transcribeModel: "transcribe-test",
});

/** The transcription job as the entries build it, run at `at`. */
async function transcribeAt(at: Date) {
  const jobs = createJobs({
    db: h.db,
    config: {
      slackApiUrl: "http://127.0.0.1:9/api",
      slack: null,
      openai: openaiConfig(),
      twilioAccountSid: TWILIO_ACCOUNT_SID,
      twilioAuthToken: AUTH_TOKEN,
      twilioApiUrl: twilio.url,
    },
  }).filter((job) => job.name === "message-transcription");
  expect(jobs).toHaveLength(1);
  const [report] = await runJobs(jobs, { db: h.db, clock: () => at, log: createLogger("error") });
  return report?.result;
}

/** A message left in Chinese, which Twilio's transcription gives nothing for. */
async function leaveChineseMessage(untranscribed = true) {
  h.setNow(WEEKDAY_MORNING);
  return callThrough(h, {
    says: ["我要开发票", "王小明", "个人", "#1"],
    staff: ["decline"],
    message: "请尽快回电，很急。",
    untranscribed,
  });
}

const minutes = (n: number) => new Date(WEEKDAY_MORNING.getTime() + n * 60_000);

describe("messages Twilio did not transcribe", () => {
  it("are transcribed from the recording through the model API, and summarised", async () => {
    const call = await leaveChineseMessage();
    const before = await h.prisma.message.findFirstOrThrow({ where: { callSid: call.callSid } });
    expect(before.transcription).toBeNull();
    twilio.anyRecording = AUDIO;

    expect(await transcribeAt(minutes(1))).toEqual({ transcribed: 1, failed: 0 });

    const after = await h.prisma.message.findFirstOrThrow({ where: { callSid: call.callSid } });
    expect(after.transcription).toBe(DEFAULT_TRANSCRIPTION);
    expect(after.summary).not.toBeNull();
    expect(after.transcribeAfter).toBeNull();
    // The recording, asked of Twilio with the account's credentials, went to the model as it came.
    const media = twilio.requests.find((r) => r.path.endsWith(`${before.recordingSid}.mp3`));
    expect(media).toMatchObject({ method: "GET", username: TWILIO_ACCOUNT_SID, status: 200 });
    expect(openai.transcriptions).toHaveLength(1);
    expect(openai.transcriptions[0]).toMatchObject({
      model: "transcribe-test",
      language: "zh",
      filename: "message.mp3",
    });
    expect([...(openai.transcriptions[0]?.audio ?? [])]).toEqual([...AUDIO]);

    // Nothing more to do, however often the job runs.
    expect(await transcribeAt(minutes(30))).toEqual({ transcribed: 0, failed: 0 });
    expect(openai.transcriptions).toHaveLength(1);
  });

  it("tries again later when the recording or the model fails, and gives up after three tries", async () => {
    const call = await leaveChineseMessage();
    // Twilio has no recording for it yet.
    expect(await transcribeAt(minutes(1))).toEqual({ transcribed: 0, failed: 1 });
    // Not again at once: the next try waits.
    expect(await transcribeAt(minutes(2))).toEqual({ transcribed: 0, failed: 0 });
    twilio.anyRecording = AUDIO;
    openai.transcribe({ status: 500 });
    expect(await transcribeAt(minutes(4))).toEqual({ transcribed: 0, failed: 1 });
    openai.transcribe({ status: 503 });
    expect(await transcribeAt(minutes(10))).toEqual({ transcribed: 0, failed: 1 });
    expect(await transcribeAt(minutes(60))).toEqual({ transcribed: 0, failed: 0 });
    const message = await h.prisma.message.findFirstOrThrow({ where: { callSid: call.callSid } });
    expect(message).toMatchObject({ transcription: null, transcribeAttempts: 3 });
    // The message itself is still there for staff, with its recording.
    expect(message.recordingSid).toMatch(/^RE/);
  });

  it("is not put off by a recording callback that comes after Twilio's failed transcription", async () => {
    const call = await leaveChineseMessage();
    const message = await h.prisma.message.findFirstOrThrow({ where: { callSid: call.callSid } });
    h.setNow(minutes(0.5));
    const late = await post(h, "/voice/message/recording", {
      ...callParams(call.callSid, "+8613800138000", { CallStatus: "completed" }),
      RecordingSid: message.recordingSid ?? "",
      RecordingUrl: message.recordingUrl ?? "",
      RecordingDuration: "9",
      RecordingStatus: "completed",
    });
    expect(late.status).toBe(200);
    twilio.anyRecording = AUDIO;
    expect(await transcribeAt(minutes(1))).toEqual({ transcribed: 1, failed: 0 });
  });

  it("leaves alone a message Twilio did transcribe", async () => {
    await leaveChineseMessage(false);
    twilio.anyRecording = AUDIO;
    expect(await transcribeAt(minutes(60))).toEqual({ transcribed: 0, failed: 0 });
    expect(openai.transcriptions).toEqual([]);
  });

  it("waits a while for Twilio's own transcription before making one", async () => {
    const call = await callThrough(h, {
      says: ["我要开发票", "王小明", "个人", "#1"],
      staff: ["decline"],
      message: "请回电。",
    });
    // As if Twilio's transcription were still on its way.
    await h.prisma.message.updateMany({
      where: { callSid: call.callSid },
      data: { transcription: null, summary: null },
    });
    twilio.anyRecording = AUDIO;
    expect(await transcribeAt(minutes(1))).toEqual({ transcribed: 0, failed: 0 });
    expect(await transcribeAt(minutes(4))).toEqual({ transcribed: 1, failed: 0 });
  });

  it("is not done without a model API", () => {
    const names = createJobs({
      db: h.db,
      config: {
        slackApiUrl: "http://127.0.0.1:9/api",
        slack: null,
        openai: null,
        twilioAccountSid: TWILIO_ACCOUNT_SID,
        twilioAuthToken: AUTH_TOKEN,
        twilioApiUrl: twilio.url,
      },
    }).map((job) => job.name);
    expect(names).not.toContain("message-transcription");
  });
});
