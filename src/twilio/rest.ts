import BaseTwilio from "twilio/lib/base/BaseTwilio.js";
import type RequestClient from "twilio/lib/base/RequestClient.js";
import Api from "twilio/lib/rest/Api.js";

// Twilio's REST API through the official client, reduced to its REST domain and run over
// `fetch`, so the same code places calls from Node and from Workers.

/** The Twilio account calls are placed from, and where its REST API is. */
export interface TwilioAccount {
  accountSid: string;
  authToken: string;
  /** Twilio's REST API base URL (TWILIO_API_URL): the real one, a proxy or a local fake. */
  apiUrl: string;
  fetch?: typeof fetch;
}

export type CallbackErrorCode =
  /** A number is not E.164, so nothing was dialled. */
  | "CALLBACK_INVALID_NUMBER"
  /** The callback policy refused it. */
  | "CALLBACK_NOT_ALLOWED"
  /** Twilio refused the request (a 4xx with Twilio's error code). */
  | "CALLBACK_REJECTED"
  /** Twilio could not be reached or failed (network error, timeout, 5xx). */
  | "CALLBACK_UNAVAILABLE";

/** Why a call Switchboard places (a callback, an approved long-distance call) did not go out. */
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

/** The official client with only its REST API domain: `twilio()` would bundle every Twilio product. */
export function twilioRestApi(account: TwilioAccount): Api {
  const api = new Api(
    new BaseTwilio.Client(account.accountSid, account.authToken, {
      httpClient: fetchHttpClient(account.fetch ?? ((input, init) => fetch(input, init))),
    }),
  );
  api.baseUrl = account.apiUrl.replace(/\/+$/, "");
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
