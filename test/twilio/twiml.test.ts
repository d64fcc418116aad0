import { XMLParser, XMLValidator } from "fast-xml-parser";
import VoiceResponse from "twilio/lib/twiml/VoiceResponse.js";
import { describe, expect, it } from "vitest";
import { render, type Speech, sayPieces, type Verb } from "../../src/twilio/twiml.ts";
import { lastFour, spellDigits } from "../../src/voice/prompts.ts";

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

  it("writes a list of hints as it is now, even one that changed since it was last written", () => {
    const gather = (hints: readonly string[]): Verb => ({
      verb: "gather",
      action: "/voice/intent?n=1",
      prompt: [],
      input: "speech dtmf",
      language: "zh",
      hints,
    });
    const hints = ["预订部", "前台"];
    expect(render([gather(hints)])).toContain('hints="预订部, 前台"');
    hints.push("总机");
    expect(render([gather(hints)])).toContain('hints="预订部, 前台, 总机"');
    const fixed = Object.freeze(["客房部"]);
    expect(render([gather(fixed)])).toContain('hints="客房部"');
    expect(render([gather(fixed)])).toContain('hints="客房部"');
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

/** The SDK mapping `render` replaced, kept as the reference its output must match byte for byte. */
function sdkRender(verbs: readonly Verb[]): string {
  const voice = {
    zh: { voice: "Polly.Zhiyu-Neural", language: "cmn-CN" },
    en: { voice: "Polly.Joanna-Neural", language: "en-US" },
  } as const;
  const recognition = { zh: "cmn-Hans-CN", en: "en-US" } as const;
  const response = new VoiceResponse();
  for (const v of verbs) {
    switch (v.verb) {
      case "say":
        response.say(voice[v.speech.language], v.speech.text);
        break;
      case "pause":
        response.pause({ length: v.seconds });
        break;
      case "gather": {
        const gather = response.gather({
          action: v.action,
          method: "POST",
          input: v.input === "dtmf" ? ["dtmf"] : ["speech", "dtmf"],
          language: recognition[v.language],
          actionOnEmptyResult: true,
          timeout: v.timeout ?? 5,
          ...(v.input === "dtmf" ? {} : { speechTimeout: "auto" }),
          ...(v.hints && v.hints.length > 0 ? { hints: v.hints.join(", ") } : {}),
          ...(v.numDigits ? { numDigits: v.numDigits } : {}),
          ...(v.finishOnKey !== undefined ? { finishOnKey: v.finishOnKey } : {}),
        });
        for (const s of v.prompt) gather.say(voice[s.language], s.text);
        break;
      }
      case "dial": {
        const dial = response.dial({
          ...(v.action ? { action: v.action, method: "POST" } : {}),
          answerOnBridge: true,
          timeout: v.timeout,
          ...(v.timeLimit ? { timeLimit: v.timeLimit } : {}),
          ...(v.callerId ? { callerId: v.callerId } : {}),
        });
        for (const n of v.numbers) {
          dial.number(
            {
              ...(n.whisperUrl ? { url: n.whisperUrl, method: "POST" } : {}),
              ...(n.sendDigits ? { sendDigits: n.sendDigits } : {}),
              ...(n.statusCallback
                ? {
                    statusCallback: n.statusCallback,
                    statusCallbackMethod: "POST",
                    statusCallbackEvent: ["completed" as const],
                  }
                : {}),
            },
            n.number,
          );
        }
        break;
      }
      case "record":
        response.record({
          action: v.action,
          method: "POST",
          maxLength: v.maxLength,
          finishOnKey: "#",
          playBeep: true,
          timeout: 5,
          recordingStatusCallback: v.recordingStatusCallback,
          recordingStatusCallbackMethod: "POST",
          transcribe: true,
          transcribeCallback: v.transcribeCallback,
        });
        break;
      case "redirect":
        response.redirect({ method: "POST" }, v.url);
        break;
      case "hangup":
        response.hangup();
        break;
    }
  }
  return response.toString();
}

/** What callers, directory admins and query strings can put into TwiML. */
const HOSTILE = [
  "Hello",
  "",
  `A & B <"C"> 'd' ]]> &amp; &#x41;`,
  "line\nbreak\ttab\rreturn\r\n",
  "请问有什么可以帮您？预订部、前台",
  "emoji 😀👍🏽 and 中文",
  "/voice/intent?n=1&lang=zh&next=%2Fvoice%3Fa%3D1&q=<b>",
  "  spaced  ",
];

/** The i-th hostile string, cycling, so every field meets every kind of text somewhere. */
const pick = (i: number): string => HOSTILE[i % HOSTILE.length] as string;
const speech = (i: number): Speech => ({ text: pick(i), language: i % 2 === 0 ? "zh" : "en" });

function* optional<T>(...values: T[]): Generator<T | undefined> {
  yield undefined;
  yield* values;
}

function* verbVariants(): Generator<Verb> {
  let i = 0;
  for (const text of HOSTILE) {
    yield { verb: "say", speech: { text, language: "zh" } };
    yield { verb: "say", speech: { text, language: "en" } };
    yield { verb: "redirect", url: text };
  }
  for (const seconds of [0, 1, 2.5]) yield { verb: "pause", seconds };
  yield { verb: "hangup" };
  for (const input of ["speech dtmf", "dtmf"] as const)
    for (const hints of optional<string[]>([], [pick(i++)], HOSTILE))
      for (const numDigits of optional(0, 1, 4))
        for (const finishOnKey of optional("", "#", pick(i++)))
          for (const timeout of optional(0, 8))
            for (const prompts of [0, 1, 2])
              yield {
                verb: "gather",
                action: pick(i++),
                prompt: Array.from({ length: prompts }, () => speech(i++)),
                input,
                language: i % 2 === 0 ? "zh" : "en",
                hints,
                numDigits,
                finishOnKey,
                timeout,
              };
  for (const action of optional("", pick(i++), pick(i++)))
    for (const timeLimit of optional(0, 3600))
      for (const callerId of optional("", "+862155550000", pick(i++)))
        for (const numbers of [0, 1, 2])
          yield {
            verb: "dial",
            action,
            timeout: 20,
            timeLimit,
            callerId,
            numbers: Array.from({ length: numbers }, (_, n) => ({
              number: n === 0 ? "+862155550101" : pick(i++),
              whisperUrl: [undefined, "", pick(i++)][i % 3],
              sendDigits: [undefined, "", "ww1208"][(i + n) % 3],
              statusCallback: [undefined, "", pick(i++)][(i + 2 * n) % 3],
            })),
          };
  for (const text of HOSTILE)
    yield {
      verb: "record",
      action: text,
      recordingStatusCallback: `${text}?r=1&s=2`,
      transcribeCallback: text,
      maxLength: 120,
    };
}

describe("the hand-written TwiML serialiser", () => {
  const variants = [...verbVariants()];

  it("writes each verb variant exactly as the twilio SDK does", () => {
    expect(variants.length).toBeGreaterThan(500);
    for (const verb of variants) {
      expect(render([verb]), JSON.stringify(verb)).toBe(sdkRender([verb]));
    }
  });

  it("writes whole calls exactly as the twilio SDK does, down to an empty response", () => {
    expect(render([])).toBe(sdkRender([]));
    for (let start = 0; start < variants.length; start += 7) {
      const verbs = variants.slice(start, start + 7);
      const xml = render(verbs);
      expect(xml, JSON.stringify(verbs)).toBe(sdkRender(verbs));
      expect(XMLValidator.validate(xml)).toBe(true);
    }
  });

  it("keeps Chinese and emoji as they are and escapes markup in text and attributes", () => {
    const xml = render([
      { verb: "say", speech: { text: "您好 😀 <b>&'\"", language: "zh" } },
      { verb: "redirect", url: "/voice/next?a=1&b=2" },
      {
        verb: "gather",
        action: '/voice/intent?q="x"&t=\t&n=\n',
        prompt: [],
        input: "dtmf",
        language: "en",
      },
    ]);
    expect(xml).toContain(">您好 😀 &lt;b&gt;&amp;'\"</Say>");
    expect(xml).toContain(">/voice/next?a=1&amp;b=2</Redirect>");
    expect(xml).toContain('action="/voice/intent?q=&quot;x&quot;&amp;t=&#x9;&amp;n=&#xA;"');
    expect(doc(xml).Response.Redirect["#text"]).toBe("/voice/next?a=1&b=2");
  });

  it("escapes long attributes it has seen before exactly as the first time, each its own", () => {
    const hints = (tag: string) => [
      `${tag} & "前台"`,
      ...Array.from({ length: 40 }, (_, i) => `名字${i}`),
    ];
    const gather = (tag: string): Verb => ({
      verb: "gather",
      action: "/voice/intent",
      prompt: [],
      input: "speech dtmf",
      language: "zh",
      hints: hints(tag),
    });
    for (const verbs of [[gather("a")], [gather("b")], [gather("a")], [gather("a"), gather("b")]]) {
      expect(render(verbs)).toBe(sdkRender(verbs));
    }
    expect(render([gather("b")])).toContain('hints="b &amp; &quot;前台&quot;, 名字0');
  });

  it("drops characters XML 1.0 cannot carry instead of writing invalid TwiML", () => {
    // The SDK threw on these in text and wrote them raw into attributes.
    const xml = render([
      { verb: "say", speech: { text: "a\u0000b\u000bc\ud800d\uffffe", language: "en" } },
      { verb: "redirect", url: "\u0001" },
      { verb: "dial", action: "/x\u001f?y", timeout: 20, numbers: [{ number: "+1\u0008" }] },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response>' +
        '<Say voice="Polly.Joanna-Neural" language="en-US">abcde</Say><Redirect method="POST"/>' +
        '<Dial action="/x?y" method="POST" answerOnBridge="true" timeout="20"><Number>+1</Number></Dial>' +
        "</Response>",
    );
  });
});

describe("escaping", () => {
  // The escapes as the builder first wrote them, with Unicode regexes: the reference the plain
  // scan that replaced them must match for every string.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const TEXT = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const ATTRIBUTE = /[&<"\t\n\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
  const ENTITY: Record<string, string> = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "\t": "&#x9;",
    "\n": "&#xA;",
    "\r": "&#xD;",
  };
  const entity = (c: string) => ENTITY[c] ?? "";
  const say = (text: string): Verb => ({ verb: "say", speech: { text, language: "en" } });
  const redirect = (url: string): Verb => ({ verb: "redirect", url });
  const gather = (action: string): Verb => ({
    verb: "gather",
    action,
    prompt: [],
    input: "dtmf",
    language: "en",
  });

  // Characters from every class the escapes treat differently, pairs and lone halves included.
  const PIECES = [
    "a",
    "前",
    "😀",
    "&",
    "<",
    ">",
    '"',
    "'",
    "\t",
    "\n",
    "\r",
    "\u0000",
    "\u0008",
    "\u000b",
    "\u001f",
    " ",
    "\ud83d",
    "\ude00",
    "\ufffe",
    "\uffff",
    "\ufffd",
    "\ue000",
    "~",
  ];

  it("escapes text and attributes as the Unicode regexes did, for any mix of characters", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let value = "";
      const length = next() % 12;
      for (let i = 0; i < length; i++) value += PIECES[next() % PIECES.length];
      const [text, inAttribute] = [value.replace(TEXT, entity), value.replace(ATTRIBUTE, entity)];
      // Nothing left to write leaves an empty element, checked for validity below.
      if (text !== "") expect(render([say(value)])).toContain(`>${text}</Say>`);
      if (inAttribute !== "") {
        expect(render([gather(value)])).toContain(`action="${inAttribute}"`);
      }
      expect(XMLValidator.validate(render([say(value), redirect(value)]))).toBe(true);
    }
  });

  it("keeps a surrogate pair and drops a lone half at either end", () => {
    expect(render([say("\ude00a😀b\ud83d")])).toContain(">a😀b</Say>");
    expect(render([gather("\ud83d\ud83d\ude00\ude00")])).toContain('action="😀"');
  });
});

describe("spoken numbers", () => {
  it("reads digits one by one, and only the last four of a callback number", () => {
    expect(spellDigits("+86 139-1234")).toBe("8 6 1 3 9 1 2 3 4");
    expect(lastFour("+8613800138000")).toBe("8 0 0 0");
  });
});

describe("a text too long for one <Say>", () => {
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const parsed = (xml: string) => {
    expect(XMLValidator.validate(xml)).toBe(true);
    return [...xml.matchAll(/<Say [^>]*>([^<]*)<\/Say>/g)].map((m) => m[1] ?? "");
  };

  it("is left whole when it fits", () => {
    const text = "早餐在一楼供应。".repeat(60); // 480 characters
    expect(sayPieces(text)).toEqual([text]);
  });

  it("is said in pieces within Twilio's limits, cut after a sentence", () => {
    const sentence = "早餐在一楼湖景西餐厅供应，工作日早上六点半到十点，周末和节假日到十点半。";
    const text = sentence.repeat(30); // about 1,100 characters
    const pieces = parsed(render([{ verb: "say", speech: { text, language: "zh" } }]));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(bytes(piece)).toBeLessThanOrEqual(3000);
      expect(encodeURIComponent(piece).length).toBeLessThanOrEqual(4500);
      expect(piece.endsWith("。")).toBe(true);
    }
    expect(pieces.join("")).toBe(text);
  });

  it("cuts a sentence that alone is too long, and keeps English within 3,000 bytes", () => {
    const run = "很".repeat(1200);
    const zh = sayPieces(run);
    expect(zh.join("")).toBe(run);
    for (const piece of zh) expect(encodeURIComponent(piece).length).toBeLessThanOrEqual(4500);
    const en = sayPieces("Breakfast is served on the first floor. ".repeat(100));
    expect(en.length).toBeGreaterThan(1);
    for (const piece of en) {
      expect(bytes(piece)).toBeLessThanOrEqual(3000);
      expect(piece.endsWith(".")).toBe(true);
    }
    expect(en.join(" ")).toBe("Breakfast is served on the first floor. ".repeat(100).trim());
  });

  it("gives every piece inside a Gather the same voice", () => {
    const xml = render([
      {
        verb: "gather",
        action: "https://example.com/voice/intent",
        prompt: [{ text: "请问还有什么可以帮您？".repeat(60), language: "zh" }],
        input: "speech dtmf",
        language: "zh",
      },
    ]);
    const says = [...xml.matchAll(/<Say ([^>]*)>/g)].map((m) => m[1]);
    expect(says.length).toBeGreaterThan(1);
    expect(new Set(says)).toEqual(new Set(['voice="Polly.Zhiyu-Neural" language="cmn-CN"']));
    expect(xml).toMatch(
      /^<\?xml[^>]*><Response><Gather [^>]*>(<Say [^>]*>[^<]+<\/Say>)+<\/Gather><\/Response>$/,
    );
  });
});
