import BaseTwilio from "twilio/lib/base/BaseTwilio.js";
import type RequestClient from "twilio/lib/base/RequestClient.js";
import Api from "twilio/lib/rest/Api.js";
import { render } from "../voice/twiml.ts";

/** A staff callback: ring the staff member's desk, tell them who they are calling, then bridge. */

export interface TwilioRestDeps {
  accountSid: string;
  authToken: string;
  /** Twilio's REST API base URL (TWILIO_API_URL): the real one, a proxy or a local fake. */
  apiUrl: string;
  fetch?: typeof fetch;
  /** Decides whether this callback may be placed at all; every callback is allowed without one. */
  policy?: CallbackPolicy;
}

export interface CallbackRequest {
  /** The staff member's desk, from the directory. */
  staffNumber: string;
  /** The number the caller left or called from, in E.164. */
  callerNumber: string;
  /** The organisation's main number, shown to the caller. */
  callerId: string;
  /** What the staff member hears when they pick up, before the caller's phone rings. */
  announce: { text: string; language: "zh" | "en" };
}

export type CallbackDecision = { allowed: true } | { allowed: false; reason: string };

/** The place long-distance approval plugs in: asked after the numbers are checked, before dialling. */
export type CallbackPolicy = (
  call: CallbackRequest,
) => CallbackDecision | Promise<CallbackDecision>;

export type CallbackErrorCode =
  /** A number is not E.164, so nothing was dialled. */
  | "CALLBACK_INVALID_NUMBER"
  /** The callback policy refused it. */
  | "CALLBACK_NOT_ALLOWED"
  /** Twilio refused the request (a 4xx with Twilio's error code). */
  | "CALLBACK_REJECTED"
  /** Twilio could not be reached or failed (network error, timeout, 5xx). */
  | "CALLBACK_UNAVAILABLE";

export class CallbackError extends Error {
  constructor(
    readonly code: CallbackErrorCode,
    message: string,
    /** Twilio's answer, when it gave one: HTTP status, its error code and documentation link. */
    readonly twilio?: { status: number; code: number | undefined; moreInfo: string | undefined },
  ) {
    super(message);
    this.name = "CallbackError";
  }
}

const E164 = /^\+[1-9]\d{6,14}$/;
const REQUEST_TIMEOUT_MS = 15_000;
/** How long the caller's phone rings once the staff member is on the line. */
const CALLER_RING_SECONDS = 30;

/** Checks each named number before anything is dialled; the first that is not E.164 is the error. */
export function assertE164Numbers(
  numbers: readonly (readonly [what: string, number: string])[],
): void {
  for (const [what, number] of numbers) {
    if (!E164.test(number)) {
      throw new CallbackError(
        "CALLBACK_INVALID_NUMBER",
        `The ${what} "${number}" is not a full international number (+ and 7 to 15 digits)`,
      );
    }
  }
}

/**
 * Places the callback with Twilio's REST API (Calls.json) through the official client: Twilio
 * rings `staffNumber` from the main number and, once answered, runs inline TwiML that says the
 * announcement and dials the caller with the main number as caller ID.
 */
export async function placeCallback(
  deps: TwilioRestDeps,
  call: CallbackRequest,
): Promise<{ callSid: string }> {
  assertE164Numbers([
    ["caller number", call.callerNumber],
    ["staff number", call.staffNumber],
    ["caller ID", call.callerId],
  ]);
  const decision = deps.policy ? await deps.policy(call) : { allowed: true as const };
  if (!decision.allowed) throw new CallbackError("CALLBACK_NOT_ALLOWED", decision.reason);

  const api = twilioRestApi(deps);
  const twiml = render([
    { verb: "say", speech: call.announce },
    {
      verb: "dial",
      callerId: call.callerId,
      timeout: CALLER_RING_SECONDS,
      numbers: [{ number: call.callerNumber }],
    },
  ]);
  try {
    const created = await api.v2010
      .accounts(deps.accountSid)
      .calls.create({ to: call.staffNumber, from: call.callerId, twiml });
    return { callSid: created.sid };
  } catch (error) {
    throw asCallbackError(error);
  }
}

/** The official client with only its REST API domain: `twilio()` would bundle every Twilio product. */
export function twilioRestApi(deps: TwilioRestDeps): Api {
  const api = new Api(
    new BaseTwilio.Client(deps.accountSid, deps.authToken, {
      httpClient: fetchHttpClient(deps.fetch ?? ((input, init) => fetch(input, init))),
    }),
  );
  api.baseUrl = deps.apiUrl.replace(/\/+$/, "");
  return api;
}

export function asCallbackError(error: unknown): CallbackError {
  const answered = error as { status?: unknown; code?: unknown; moreInfo?: unknown };
  if (typeof answered.status === "number") {
    const twilioAnswer = {
      status: answered.status,
      code: typeof answered.code === "number" ? answered.code : undefined,
      moreInfo: typeof answered.moreInfo === "string" ? answered.moreInfo : undefined,
    };
    const said = error instanceof Error && error.message ? error.message : "no reason given";
    return answered.status >= 500
      ? new CallbackError(
          "CALLBACK_UNAVAILABLE",
          `Twilio failed (HTTP ${answered.status})`,
          twilioAnswer,
        )
      : new CallbackError(
          "CALLBACK_REJECTED",
          `Twilio refused the call${twilioAnswer.code ? ` (${twilioAnswer.code})` : ""}: ${said}`,
          twilioAnswer,
        );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new CallbackError("CALLBACK_UNAVAILABLE", `Twilio could not be reached: ${reason}`);
}

/** The official client's documented `httpClient` seam, over `fetch`, so it runs on Workers too. */
function fetchHttpClient(fetcher: typeof fetch): RequestClient {
  const transport = {
    async request(opts: RequestClient.RequestOptions) {
      const url = new URL(opts.uri);
      for (const [key, value] of formPairs(opts.params)) url.searchParams.append(key, value);
      const headers = new Headers();
      for (const [key, value] of Object.entries(opts.headers ?? {})) headers.set(key, value);
      if (opts.username && opts.password) {
        headers.set("authorization", `Basic ${btoa(`${opts.username}:${opts.password}`)}`);
      }
      const body = opts.data ? new URLSearchParams(formPairs(opts.data)).toString() : undefined;
      const res = await fetcher(url, {
        method: opts.method.toUpperCase(),
        headers,
        ...(body !== undefined ? { body } : {}),
        redirect: "manual",
        signal: AbortSignal.timeout(opts.timeout ?? REQUEST_TIMEOUT_MS),
      });
      return {
        statusCode: res.status,
        body: await res.text(),
        headers: Object.fromEntries(res.headers),
      };
    },
  };
  return transport as unknown as RequestClient;
}

/** Twilio's form encoding: a list is the same key repeated; absent values are left out. */
function formPairs(fields: object | undefined): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) pairs.push([key, String(item)]);
  }
  return pairs;
}
