import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { lastFour, spellDigits } from "../../src/voice/prompts.ts";
import { render } from "../../src/voice/twiml.ts";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
});

function doc(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  // biome-ignore lint/suspicious/noExplicitAny: parsed TwiML is walked freely in assertions
  return parser.parse(xml) as { Response: Record<string, any> };
}

describe("the TwiML builder", () => {
  it("speaks Mandarin and English with neural voices", () => {
    const xml = render([
      { verb: "say", speech: { text: "您好", language: "zh" } },
      { verb: "say", speech: { text: "Hello", language: "en" } },
    ]);
    const says = doc(xml).Response.Say;
    expect(says).toEqual([
      { "#text": "您好", voice: "Polly.Zhiyu-Neural", language: "cmn-CN" },
      { "#text": "Hello", voice: "Polly.Joanna-Neural", language: "en-US" },
    ]);
  });

  it("listens for speech and keys together, in the caller's language, with hints", () => {
    const xml = render([
      {
        verb: "gather",
        action: "/voice/intent?n=1",
        prompt: [{ text: "请问有什么可以帮您？", language: "zh" }],
        input: "speech dtmf",
        language: "zh",
        hints: ["预订部", "前台"],
        numDigits: 1,
      },
    ]);
    const gather = doc(xml).Response.Gather;
    expect(gather).toMatchObject({
      action: "/voice/intent?n=1",
      method: "POST",
      input: "speech dtmf",
      language: "cmn-Hans-CN",
      hints: "预订部, 前台",
      numDigits: "1",
      speechTimeout: "auto",
      actionOnEmptyResult: "true",
    });
    expect(gather.Say["#text"]).toBe("请问有什么可以帮您？");
  });

  it("dials with answerOnBridge, a whisper for screening and DTMF for a room", () => {
    const xml = render([
      {
        verb: "dial",
        action: "/voice/dialed?a=1",
        timeout: 20,
        numbers: [
          { number: "+862155550101", whisperUrl: "/voice/screen?a=1" },
          { number: "+862155550001", sendDigits: "ww1208" },
        ],
      },
    ]);
    const dial = doc(xml).Response.Dial;
    expect(dial).toMatchObject({
      action: "/voice/dialed?a=1",
      answerOnBridge: "true",
      timeout: "20",
    });
    expect(dial.Number).toEqual([
      { "#text": "+862155550101", url: "/voice/screen?a=1", method: "POST" },
      { "#text": "+862155550001", sendDigits: "ww1208" },
    ]);
  });

  it("records a message with recording and transcription callbacks", () => {
    const xml = render([
      {
        verb: "record",
        action: "/voice/message/recorded",
        recordingStatusCallback: "/voice/message/recording",
        transcribeCallback: "/voice/message/transcription",
        maxLength: 120,
      },
      { verb: "hangup" },
    ]);
    const r = doc(xml).Response;
    expect(r.Record).toMatchObject({
      action: "/voice/message/recorded",
      recordingStatusCallback: "/voice/message/recording",
      transcribe: "true",
      transcribeCallback: "/voice/message/transcription",
      finishOnKey: "#",
      maxLength: "120",
      playBeep: "true",
    });
    expect(xml).toContain("<Hangup/>");
  });

  it("escapes what it is given", () => {
    const xml = render([{ verb: "say", speech: { text: 'A & B <"C">', language: "en" } }]);
    expect(doc(xml).Response.Say["#text"]).toBe('A & B <"C">');
    expect(xml).toContain("A &amp; B &lt;");
  });
});

describe("spoken numbers", () => {
  it("reads digits one by one, and only the last four of a callback number", () => {
    expect(spellDigits("+86 139-1234")).toBe("8 6 1 3 9 1 2 3 4");
    expect(lastFour("+8613800138000")).toBe("8 0 0 0");
  });
});
