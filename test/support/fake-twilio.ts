import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake received, whatever it answered. */
export interface TwilioRequest {
  method: string;
  path: string;
  /** Who HTTP Basic auth said it was, if it said anything. */
  username: string | undefined;
  password: string | undefined;
  contentType: string;
  /** The form body, one entry per field (a repeated field keeps its last value). */
  form: Record<string, string>;
  status: number;
}

/** A call the fake accepted: the form Twilio would act on, and the sid it gave back. */
export interface PlacedCall {
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  twiml: string | undefined;
  url: string | undefined;
  statusCallback: string | undefined;
  form: Record<string, string>;
}

/** What the next requests get instead of success, consumed in order. */
export type TwilioFault =
  | { status: 400 | 401 | 403 | 404 | 429; code: number; message: string }
  | { status: 500 | 503 };

const RECORDING_MEDIA =
  /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Recordings\/(RE[0-9a-fA-F]{32})\.mp3$/;
const CALLS_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Calls\.json$/;
const CALL_PATH = /^\/2010-04-01\/Accounts\/(AC[0-9a-fA-F]{32})\/Calls\/(CA[0-9a-fA-F]{32})\.json$/;

/**
 * A small local server that speaks the part of Twilio's REST API a callback uses
 * (https://www.twilio.com/docs/voice/api/call-resource#create-a-call-resource): HTTP Basic auth
 * with the account SID and auth token, a form body in, a call resource or Twilio's error JSON out.
 */
export class FakeTwilio {
  readonly requests: TwilioRequest[] = [];
  readonly placed: PlacedCall[] = [];
  readonly faults: TwilioFault[] = [];
  /** What fetching a call (GET …/Calls/CA….json) reports, by call sid; other sids are 404. */
  readonly calls = new Map<string, { status: string; duration: string; price: string | null }>();
  /** A recording's audio (GET …/Recordings/RE….mp3), by sid; `anyRecording` answers the rest. */
  readonly recordings = new Map<string, Uint8Array>();
  anyRecording: Uint8Array | null = null;
  private server: Server | undefined;

  constructor(
    readonly accountSid: string,
    readonly authToken: string,
  ) {}

  get url(): string {
    const address = this.server?.address() as AddressInfo | undefined;
    if (!address) throw new Error("the fake Twilio server is not running");
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.answer(req).then(({ status, body }) => {
        if (body instanceof Uint8Array) {
          res.writeHead(status, { "content-type": "audio/mpeg", "content-length": body.length });
          res.end(body);
          return;
        }
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async answer(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const raw = await new Promise<string>((resolve) => {
      let data = "";
      req.on("data", (chunk) => {
        data += chunk;
      });
      req.on("end", () => resolve(data));
    });
    const path = (req.url ?? "").split("?")[0] ?? "";
    const [username, password] = basicAuth(req.headers.authorization);
    const contentType = req.headers["content-type"] ?? "";
    const form = Object.fromEntries(new URLSearchParams(raw));
    const request: TwilioRequest = {
      method: req.method ?? "",
      path,
      username,
      password,
      contentType,
      form,
      status: 0,
    };
    this.requests.push(request);
    const reply = (status: number, body: unknown) => {
      request.status = status;
      return { status, body };
    };

    if (username !== this.accountSid || password !== this.authToken) {
      return reply(401, error(20003, "Authentication Error - invalid username", 401));
    }
    const media = RECORDING_MEDIA.exec(path);
    if (req.method === "GET" && media && media[1] === this.accountSid) {
      const audio = this.recordings.get(media[2] ?? "") ?? this.anyRecording;
      if (audio) return reply(200, audio);
      return reply(404, error(20404, `The requested resource ${path} was not found`, 404));
    }
    const fetched = CALL_PATH.exec(path);
    const known = fetched ? this.calls.get(fetched[2] ?? "") : undefined;
    if (req.method === "GET" && fetched && fetched[1] === this.accountSid && known) {
      return reply(200, {
        sid: fetched[2],
        account_sid: this.accountSid,
        api_version: "2010-04-01",
        status: known.status,
        duration: known.duration,
        price: known.price,
        price_unit: "USD",
        direction: "outbound-dial",
        uri: path,
      });
    }
    const match = CALLS_PATH.exec(path);
    if (req.method !== "POST" || !match) {
      return reply(404, error(20404, `The requested resource ${path} was not found`, 404));
    }
    if (match[1] !== this.accountSid) {
      return reply(403, error(20003, "Authenticate", 403));
    }
    const fault = this.faults.shift();
    if (fault && "code" in fault)
      return reply(fault.status, error(fault.code, fault.message, fault.status));
    if (fault)
      return reply(
        fault.status,
        error(fault.status === 503 ? 20503 : 20500, "Internal Server Error", fault.status),
      );
    if (!contentType.startsWith("application/x-www-form-urlencoded")) {
      return reply(400, error(20001, "Expected a form body", 400));
    }
    if (!form.To) return reply(400, error(21201, "No 'To' number is specified", 400));
    if (!form.From) return reply(400, error(21213, "No 'From' number is specified", 400));
    if (!form.Twiml && !form.Url && !form.ApplicationSid) {
      return reply(400, error(21205, "Url, ApplicationSid or Twiml is required", 400));
    }

    const sid = `CA${randomBytes(16).toString("hex")}`;
    this.placed.push({
      sid,
      accountSid: this.accountSid,
      to: form.To,
      from: form.From,
      twiml: form.Twiml,
      url: form.Url,
      statusCallback: form.StatusCallback,
      form,
    });
    const now = new Date().toUTCString().replace("GMT", "+0000");
    return reply(201, {
      sid,
      account_sid: this.accountSid,
      api_version: "2010-04-01",
      to: form.To,
      to_formatted: form.To,
      from: form.From,
      from_formatted: form.From,
      status: "queued",
      direction: "outbound-api",
      date_created: now,
      date_updated: now,
      start_time: null,
      end_time: null,
      duration: null,
      price: null,
      price_unit: "USD",
      answered_by: null,
      caller_name: null,
      forwarded_from: null,
      group_sid: null,
      parent_call_sid: null,
      phone_number_sid: null,
      queue_time: "0",
      trunk_sid: null,
      annotation: null,
      uri: `/2010-04-01/Accounts/${this.accountSid}/Calls/${sid}.json`,
      subresource_uris: {
        notifications: `/2010-04-01/Accounts/${this.accountSid}/Calls/${sid}/Notifications.json`,
        recordings: `/2010-04-01/Accounts/${this.accountSid}/Calls/${sid}/Recordings.json`,
      },
    });
  }
}

/** Twilio's error body. */
function error(code: number, message: string, status: number) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

function basicAuth(header: string | undefined): [string | undefined, string | undefined] {
  const encoded = /^Basic\s+(.+)$/i.exec(header ?? "")?.[1];
  if (!encoded) return [undefined, undefined];
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? [decoded, undefined] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}
