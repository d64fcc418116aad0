import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseTwiml } from "../../scripts/lib/phone.ts";
import {
  type CallbackDeps,
  type CallbackRequest,
  placeCallback,
} from "../../src/twilio/callback.ts";
import { CallbackError } from "../../src/twilio/rest.ts";
import { FakeTwilio } from "../support/fake-twilio.ts";

const ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
const AUTH_TOKEN = "callback-test-auth-token-0123456789";
const MAIN_NUMBER = "+862155550000";
const LI_NA_DESK = "+862155550206";

let twilio: FakeTwilio;
beforeEach(async () => {
  twilio = await new FakeTwilio(ACCOUNT_SID, AUTH_TOKEN).start();
});
afterEach(async () => {
  await twilio.stop();
});

function deps(extra: Partial<CallbackDeps> = {}): CallbackDeps {
  return { accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiUrl: twilio.url, ...extra };
}

function callback(extra: Partial<CallbackRequest> = {}): CallbackRequest {
  return {
    staffNumber: LI_NA_DESK,
    callerNumber: "+8613912345678",
    callerId: MAIN_NUMBER,
    announce: { text: "正在为您回电给王先生，请稍候。", language: "zh" },
    publicBaseUrl: "https://switchboard.example/",
    ...extra,
  };
}

async function refusal(promise: Promise<unknown>): Promise<CallbackError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CallbackError);
  return error as CallbackError;
}

describe("placing a staff callback through Twilio's REST API", () => {
  it("rings the staff desk from the main number, announces, then dials exactly the caller", async () => {
    const { callSid } = await placeCallback(deps(), callback());
    expect(callSid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(twilio.requests).toHaveLength(1);
    const [request] = twilio.requests;
    expect(request).toMatchObject({
      method: "POST",
      path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json`,
      username: ACCOUNT_SID,
      password: AUTH_TOKEN,
      status: 201,
    });
    expect(request?.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    const [placed] = twilio.placed;
    expect(placed).toMatchObject({ sid: callSid, to: LI_NA_DESK, from: MAIN_NUMBER });
    expect(placed?.url).toBeUndefined();
    // How the desk's leg ends completes the call-back in the call record.
    expect(request?.form).toMatchObject({
      StatusCallback: "https://switchboard.example/voice/outbound/status?leg=desk",
      StatusCallbackMethod: "POST",
      StatusCallbackEvent: "completed",
    });

    const verbs = parseTwiml(placed?.twiml ?? "");
    expect(verbs.map((v) => v.name)).toEqual(["Say", "Dial"]);
    expect(verbs[0]).toMatchObject({
      text: "正在为您回电给王先生，请稍候。",
      attrs: { language: "cmn-CN" },
    });
    const dial = verbs[1];
    expect(dial?.attrs.callerId).toBe(MAIN_NUMBER);
    // No action: nothing else is asked of Switchboard once the two are talking.
    expect(dial?.attrs.action).toBeUndefined();
    expect(dial?.children.map((c) => [c.name, c.text])).toEqual([["Number", "+8613912345678"]]);
    // The caller's leg reports its end too: whether they answered, and for how long.
    expect(dial?.children[0]?.attrs).toEqual({
      statusCallback: "https://switchboard.example/voice/outbound/status?leg=dialled",
      statusCallbackMethod: "POST",
      statusCallbackEvent: "completed",
    });
  });

  it("announces in English to an English-speaking caller's callback", async () => {
    await placeCallback(
      deps(),
      callback({ announce: { text: "Calling back Tom. Please hold.", language: "en" } }),
    );
    const [say] = parseTwiml(twilio.placed[0]?.twiml ?? "");
    expect(say).toMatchObject({
      text: "Calling back Tom. Please hold.",
      attrs: { language: "en-US" },
    });
  });

  it("surfaces Twilio's refusal as a typed error with Twilio's code", async () => {
    twilio.faults.push({
      status: 400,
      code: 21215,
      message: "Account not authorized to call +8613912345678",
    });
    const error = await refusal(placeCallback(deps(), callback()));
    expect(error.code).toBe("CALLBACK_REJECTED");
    expect(error.twilio).toEqual({
      status: 400,
      code: 21215,
      moreInfo: "https://www.twilio.com/docs/errors/21215",
    });
    expect(error.message).toContain("Account not authorized");
    expect(twilio.placed).toHaveLength(0);
  });

  it("reports a Twilio outage, and wrong credentials, as typed errors", async () => {
    twilio.faults.push({ status: 500 });
    const outage = await refusal(placeCallback(deps(), callback()));
    expect(outage.code).toBe("CALLBACK_UNAVAILABLE");
    expect(outage.twilio?.status).toBe(500);

    const wrongToken = await refusal(
      placeCallback(deps({ authToken: "not-the-auth-token" }), callback()),
    );
    expect(wrongToken).toMatchObject({
      code: "CALLBACK_REJECTED",
      twilio: { status: 401, code: 20003 },
    });
    expect(twilio.placed).toHaveLength(0);
  });

  it("reports an unreachable Twilio as a typed error", async () => {
    const url = twilio.url;
    await twilio.stop();
    const error = await refusal(
      placeCallback({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN, apiUrl: url }, callback()),
    );
    expect(error.code).toBe("CALLBACK_UNAVAILABLE");
    expect(error.twilio).toBeUndefined();
  });

  it.each([
    ["13912345678"],
    ["+86 139 1234 5678"],
    ["+0123456789"],
    ["+123456"],
    ["+1234567890123456"],
    ["+8613912345678<Dial>"],
    [""],
  ])("never sends a bad caller number to Twilio: %j", async (callerNumber) => {
    const error = await refusal(placeCallback(deps(), callback({ callerNumber })));
    expect(error.code).toBe("CALLBACK_INVALID_NUMBER");
    expect(twilio.requests).toHaveLength(0);
  });

  it("asks the callback policy before dialling, and dials nothing it refuses", async () => {
    const asked: CallbackRequest[] = [];
    const refuse = await refusal(
      placeCallback(
        deps({
          policy: (call) => {
            asked.push(call);
            return { allowed: false, reason: "Long-distance callbacks need approval" };
          },
        }),
        callback({ callerNumber: "+14155550100" }),
      ),
    );
    expect(refuse).toMatchObject({
      code: "CALLBACK_NOT_ALLOWED",
      message: "Long-distance callbacks need approval",
    });
    expect(asked.map((c) => c.callerNumber)).toEqual(["+14155550100"]);
    expect(twilio.requests).toHaveLength(0);

    await placeCallback(deps({ policy: async () => ({ allowed: true }) }), callback());
    expect(twilio.placed).toHaveLength(1);
  });

  it("sends its requests through the fetch it is given", async () => {
    const seen: string[] = [];
    await placeCallback(
      deps({
        fetch: async (input, init) => {
          seen.push(String(input));
          return fetch(input, init);
        },
      }),
      callback(),
    );
    expect(seen).toEqual([`${twilio.url}/2010-04-01/Accounts/${ACCOUNT_SID}/Calls.json`]);
  });
});
