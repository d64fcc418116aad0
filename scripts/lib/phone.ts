// The phone simulator: plays the part of Twilio towards a running Switchboard.
// It signs every webhook like Twilio, follows the TwiML verb by verb, and asks a Caller
// (a person at the terminal, or a script in a test) what the guest and the staff do.
import { randomBytes } from "node:crypto";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { getExpectedTwilioSignature } from "twilio/lib/webhooks/webhooks.js";

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** What the caller does at a Gather: speaks, or presses keys. */
export interface CallerInput {
  speech?: string;
  digits?: string;
  /** Speech recognition confidence reported to the server; 0.9 unless given. */
  confidence?: number;
}

export interface GatherPrompt {
  /** What the caller heard since their last turn, the Gather's own prompts included. */
  text: string[];
  /** Gather's `input`: "speech", "dtmf" or both. */
  input: string[];
  numDigits?: number;
  language?: string;
  hints?: string;
}

export interface DialRinging {
  numbers: string[];
  callerId?: string;
  /** True when Switchboard asked Twilio to key in DTMF (an extension or room) after the answer. */
  sendsDigits: boolean;
}

export type StaffAnswer = "answer" | "decline" | "no-answer" | "busy" | "hangup";

/** What is said into a Record: a message then # (a string), a message then hanging up, or hanging up at once. */
/**
 * What the caller does at a Record: says the text (then presses #, or hangs up), or hangs up at
 * once. `transcription: "failed"` is Twilio failing to transcribe it, as it does for languages
 * its transcription does not take.
 */
export type RecordAnswer =
  | string
  | { text: string; hangup?: boolean; transcription?: "failed" }
  | "hangup";

export interface Caller {
  gather(prompt: GatherPrompt): Promise<CallerInput | "silence" | "hangup">;
  /** Asked when a Dial rings; "hangup" means the guest gives up while it rings. */
  staff(dial: DialRinging): Promise<StaffAnswer>;
  record(prompt: { text: string[] }): Promise<RecordAnswer>;
}

export type Leg = "caller" | "staff";

export interface CallLine {
  leg: Leg;
  kind:
    | "say"
    | "play"
    | "pause"
    | "gather"
    | "input"
    | "dial"
    | "connected"
    | "record"
    | "redirect"
    | "hangup"
    | "error";
  text: string;
  attrs?: Record<string, string>;
}

export interface DialledNumber {
  number: string;
  /** The DTMF digits Twilio would key in; kept for tests, never printed (they are a guest's room). */
  sendDigits?: string;
  /** The whisper URL as written in the TwiML. */
  whisperUrl?: string;
}

export interface SentRequest {
  leg: Leg;
  /** What the request was for: a TwiML webhook, or a callback whose answer is ignored. */
  purpose: "twiml" | "callback";
  method: "GET" | "POST";
  /** The public URL, as signed. */
  url: string;
  /** Path and query, for easy assertions. */
  path: string;
  params: Record<string, string>;
  status: number;
  contentType: string;
  body: string;
}

export interface CallResult {
  callSid: string;
  accountSid: string;
  lines: CallLine[];
  /** Caller-leg Say texts, in order. */
  heard: string[];
  /** Staff-leg (whisper) Say texts, in order. */
  staffHeard: string[];
  /** Every number Switchboard made Twilio dial. */
  dialled: DialledNumber[];
  requests: SentRequest[];
  /** How the call ended: the TwiML ended it, the caller hung up, or a protocol error stopped it. */
  ended: "twiml" | "caller" | "error";
  /** Simulated call length in seconds, as reported in CallDuration. */
  duration: number;
  /** True when nothing went wrong, callbacks included. */
  ok: boolean;
  /** The first problem, if any. */
  error?: string;
  /** Every protocol problem seen, callbacks included. */
  problems: string[];
}

export interface PhoneOptions {
  /** Where requests are sent, e.g. http://localhost:3000. */
  baseUrl: string;
  /** The URL Twilio is configured with, used for signing; defaults to baseUrl. */
  publicBaseUrl?: string;
  authToken: string;
  from?: string;
  to?: string;
  fetch?: Fetcher;
  callSid?: string;
  accountSid?: string;
  log?: (line: CallLine) => void;
  /** Loop guard: the most webhook requests one call may make. */
  maxRequests?: number;
  /** Seconds a bridged call lasts, reported as DialCallDuration. */
  bridgedSeconds?: number;
}

export const DEFAULT_FROM = "+8613800138000";
export const DEFAULT_TO = "+862155550000";
export const DEFAULT_MAX_REQUESTS = 60;
const STATUS_PATH = "/voice/status";
const TWIML_TYPE = "text/xml";

/** A Twilio-style sid: two letters and 32 hex digits. */
export function newSid(prefix: "CA" | "AC" | "RE" | "TR"): string {
  return prefix + randomBytes(16).toString("hex");
}

function countryOf(number: string): string {
  if (number.startsWith("+86")) return "CN";
  if (number.startsWith("+1")) return "US";
  if (number.startsWith("+44")) return "GB";
  if (number.startsWith("+852")) return "HK";
  return "";
}

/** The form fields Twilio sends with every request about an inbound call. */
export function inboundCallParams(call: {
  callSid: string;
  accountSid: string;
  from: string;
  to: string;
  status: "ringing" | "in-progress" | "completed";
}): Record<string, string> {
  const fromCountry = countryOf(call.from);
  const toCountry = countryOf(call.to);
  return {
    AccountSid: call.accountSid,
    ApiVersion: "2010-04-01",
    CallSid: call.callSid,
    CallStatus: call.status,
    Called: call.to,
    CalledCity: "",
    CalledCountry: toCountry,
    CalledState: "",
    CalledZip: "",
    Caller: call.from,
    CallerCity: "",
    CallerCountry: fromCountry,
    CallerState: "",
    CallerZip: "",
    Direction: "inbound",
    From: call.from,
    FromCity: "",
    FromCountry: fromCountry,
    FromState: "",
    FromZip: "",
    To: call.to,
    ToCity: "",
    ToCountry: toCountry,
    ToState: "",
    ToZip: "",
  };
}

/** Signs a request the way Twilio does: over the public URL and the form fields. */
export function signTwilio(
  authToken: string,
  publicUrl: string,
  params: Record<string, string>,
): string {
  return getExpectedTwilioSignature(authToken, publicUrl, params);
}

/** A TwiML element, flattened from the parser's ordered form. */
export interface TwimlVerb {
  name: string;
  attrs: Record<string, string>;
  children: TwimlVerb[];
  text: string;
}

type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

function toVerb(node: OrderedNode): TwimlVerb | undefined {
  const name = Object.keys(node).find((k) => k !== ":@");
  if (name === undefined || name === "#text" || name === "#comment") return undefined;
  const rawAttrs = (node[":@"] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = String(v);
  const kids = (node[name] ?? []) as OrderedNode[];
  const children: TwimlVerb[] = [];
  let text = "";
  for (const kid of kids) {
    if ("#text" in kid) {
      text += String(kid["#text"]);
      continue;
    }
    const child = toVerb(kid);
    if (child) {
      children.push(child);
      text += ` ${child.text} `;
    }
  }
  return { name, attrs, children, text: text.replace(/\s+/g, " ").trim() };
}

/** Parses a TwiML document; throws with a readable reason if it is not one. */
export function parseTwiml(xml: string): TwimlVerb[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`answer is not well-formed XML (${valid.err.msg})`);
  const roots = (parser.parse(xml) as OrderedNode[]).map(toVerb).filter((v) => v !== undefined);
  const root = roots[0];
  if (roots.length !== 1 || root === undefined || root.name !== "Response") {
    throw new Error(`XML root is <${root?.name ?? "nothing"}>, not <Response>`);
  }
  return root.children;
}

function flag(value: string | undefined): boolean {
  return value !== undefined && value.toLowerCase() === "true";
}

function intAttr(value: string | undefined, fallback: number): number {
  const n = value === undefined ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : fallback;
}

// Rough speaking time, so CallDuration and RecordingDuration look plausible.
function speakingSeconds(text: string): number {
  return Math.max(1, Math.ceil(text.length / 5));
}

/** Renders a line the way the terminal shows it. */
export function formatLine(line: CallLine): string {
  const staff = line.leg === "staff" ? "[staff hears] " : "";
  const a = line.attrs ?? {};
  switch (line.kind) {
    case "say": {
      const voice = [a.language, a.voice].filter(Boolean).join(" · ");
      return `${staff}🔊 ${line.text}${voice ? `   (${voice})` : ""}`;
    }
    case "play":
      return `${staff}🎵 ${line.text}`;
    case "pause":
      return `${staff}… ${line.text}`;
    case "gather":
      return `${staff}🎤 ${line.text}`;
    case "input": {
      const who = line.leg === "staff" ? "[staff] " : "";
      if (a.via === "keypad") return `${who}⌨  pressed ${line.text}`;
      if (a.via === "speech") return `${who}🗣  ${line.text}`;
      return `${who}🤫 ${line.text}`;
    }
    case "dial":
      return `📞 ${line.text}`;
    case "connected":
      return `✅ ${line.text}`;
    case "record":
      return `⏺ ${line.text}`;
    case "redirect":
      return `${staff}↪ ${line.text}`;
    case "hangup":
      return `${staff}📴 ${line.text}`;
    case "error":
      return `❌ ${line.text}`;
  }
}

// Stops the TwiML walk: the call is over.
class CallOver extends Error {
  constructor(readonly how: "twiml" | "caller" | "error") {
    super(how);
  }
}

interface LegState {
  leg: Leg;
  params: Record<string, string>;
  /** Public URL of the TwiML document being executed, for relative URLs and default actions. */
  documentUrl: string;
  /** Texts heard since the leg's last input. */
  sinceInput: string[];
}

type Step = { next: true } | { document: TwimlVerb[]; url: string };

// What the staff member keys in at the whisper: 1 to take the call, 2 to refuse it.
interface StaffPlan {
  digits: "1" | "2";
}

/** Simulates Twilio placing one inbound call to Switchboard. */
export class PhoneSimulator {
  private readonly baseUrl: string;
  private readonly publicBaseUrl: string;
  private readonly fetcher: Fetcher;
  private readonly maxRequests: number;

  constructor(private readonly opts: PhoneOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, "");
    this.publicBaseUrl = (opts.publicBaseUrl ?? opts.baseUrl).replace(/\/+$/, "");
    this.fetcher = opts.fetch ?? ((url, init) => fetch(url, init));
    this.maxRequests = opts.maxRequests ?? DEFAULT_MAX_REQUESTS;
  }

  async call(caller: Caller): Promise<CallResult> {
    return new CallRun(
      this.opts,
      this.baseUrl,
      this.publicBaseUrl,
      this.fetcher,
      this.maxRequests,
    ).run(caller);
  }
}

class CallRun {
  private readonly result: CallResult;
  private readonly from: string;
  private readonly to: string;
  private clock = 0;
  private webhooks = 0;
  private caller!: Caller;

  constructor(
    private readonly opts: PhoneOptions,
    private readonly baseUrl: string,
    private readonly publicBaseUrl: string,
    private readonly fetcher: Fetcher,
    private readonly maxRequests: number,
  ) {
    this.from = opts.from ?? DEFAULT_FROM;
    this.to = opts.to ?? DEFAULT_TO;
    this.result = {
      callSid: opts.callSid ?? newSid("CA"),
      accountSid: opts.accountSid ?? newSid("AC"),
      lines: [],
      heard: [],
      staffHeard: [],
      dialled: [],
      requests: [],
      ended: "twiml",
      duration: 0,
      ok: true,
      problems: [],
    };
  }

  async run(caller: Caller): Promise<CallResult> {
    this.caller = caller;
    const leg: LegState = {
      leg: "caller",
      params: this.callParams("in-progress"),
      documentUrl: `${this.publicBaseUrl}/voice/incoming`,
      sinceInput: [],
    };
    try {
      const first = await this.twiml(leg, "POST", leg.documentUrl, this.callParams("ringing"));
      await this.execute(leg, first.document, first.url);
      this.say("caller", "hangup", "end of TwiML: Twilio hangs up");
      this.result.ended = "twiml";
    } catch (e) {
      if (!(e instanceof CallOver)) throw e;
      this.result.ended = e.how;
    }
    // No status callback when Switchboard never answered at all: there is nothing to tell.
    if (this.result.requests.length > 0) await this.statusCallback();
    this.result.duration = this.clock;
    this.result.ok = this.result.problems.length === 0;
    return this.result;
  }

  private callParams(status: "ringing" | "in-progress" | "completed"): Record<string, string> {
    return inboundCallParams({
      callSid: this.result.callSid,
      accountSid: this.result.accountSid,
      from: this.from,
      to: this.to,
      status,
    });
  }

  private emit(line: CallLine): void {
    this.result.lines.push(line);
    this.opts.log?.(line);
  }

  private say(
    leg: Leg,
    kind: CallLine["kind"],
    text: string,
    attrs?: Record<string, string>,
  ): void {
    this.emit(attrs ? { leg, kind, text, attrs } : { leg, kind, text });
  }

  private problem(message: string): void {
    this.result.problems.push(message);
    this.result.error ??= message;
    this.say("caller", "error", message);
  }

  private fail(message: string): never {
    this.problem(message);
    throw new CallOver("error");
  }

  /** Resolves a TwiML URL against the current document, as Twilio does. */
  private resolve(leg: LegState, ref: string | undefined): string {
    if (ref === undefined || ref.trim() === "") return leg.documentUrl;
    try {
      return new URL(ref.trim(), leg.documentUrl).toString();
    } catch {
      return this.fail(`TwiML has a URL that cannot be resolved: ${ref}`);
    }
  }

  // Maps a public URL onto the address the server really listens on.
  private target(publicUrl: string): { sendTo: string; path: string } | undefined {
    const base = this.publicBaseUrl;
    const rest = publicUrl.startsWith(base) ? publicUrl.slice(base.length) : undefined;
    if (rest === undefined || !(rest === "" || /^[/?#]/.test(rest))) return undefined;
    return { sendTo: this.baseUrl + rest, path: rest || "/" };
  }

  private async send(
    leg: Leg,
    purpose: SentRequest["purpose"],
    method: "GET" | "POST",
    publicUrl: string,
    params: Record<string, string>,
  ): Promise<SentRequest> {
    let signedUrl = publicUrl;
    let formParams = params;
    if (method === "GET") {
      // Twilio puts the fields in the query string for GET and signs the whole URL.
      const u = new URL(publicUrl);
      for (const [k, v] of Object.entries(params)) u.searchParams.append(k, v);
      signedUrl = u.toString();
      formParams = {};
    }
    // A callback that could not be sent; status 0 marks it.
    const unsent = (path: string): SentRequest => {
      return {
        leg,
        purpose,
        method,
        url: signedUrl,
        path,
        params,
        status: 0,
        contentType: "",
        body: "",
      };
    };
    const where = this.target(signedUrl);
    if (!where) {
      const message = `TwiML points outside Switchboard (${publicUrl}); expected a URL under ${this.publicBaseUrl}`;
      if (purpose === "twiml") return this.fail(message);
      this.problem(message);
      return unsent(signedUrl);
    }
    const headers: Record<string, string> = {
      "X-Twilio-Signature": signTwilio(this.opts.authToken, signedUrl, formParams),
      "User-Agent": "TwilioProxy/1.1 (Switchboard phone simulator)",
      Accept: "*/*",
    };
    const init: RequestInit = { method, headers };
    if (method === "POST") {
      headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
      init.body = new URLSearchParams(formParams).toString();
    }
    let response: Response;
    try {
      response = await this.fetcher(where.sendTo, init);
    } catch (e) {
      const reason =
        e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e);
      const message = `cannot reach Switchboard at ${where.sendTo} (${reason})`;
      if (purpose === "twiml") return this.fail(message);
      this.problem(message);
      return unsent(where.path);
    }
    const sent: SentRequest = {
      leg,
      purpose,
      method,
      url: signedUrl,
      path: where.path,
      params,
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      body: await response.text(),
    };
    this.result.requests.push(sent);
    return sent;
  }

  /** Requests TwiML; any protocol fault ends the call loudly. */
  private async twiml(
    leg: LegState,
    method: string | undefined,
    publicUrl: string,
    params: Record<string, string>,
  ): Promise<{ document: TwimlVerb[]; url: string }> {
    this.webhooks += 1;
    if (this.webhooks > this.maxRequests) {
      this.fail(`loop guard: more than ${this.maxRequests} webhook requests in one call`);
    }
    const verb = (method ?? "POST").toUpperCase() === "GET" ? "GET" : "POST";
    const sent = await this.send(leg.leg, "twiml", verb, publicUrl, params);
    const where = `${verb} ${sent.path}`;
    if (sent.status < 200 || sent.status > 299) {
      this.fail(`${where} answered HTTP ${sent.status}: ${sent.body.slice(0, 200)}`);
    }
    const type = sent.contentType.split(";")[0]?.trim().toLowerCase();
    if (type !== TWIML_TYPE) {
      this.fail(`${where} answered content-type "${sent.contentType}", not ${TWIML_TYPE}`);
    }
    try {
      return { document: parseTwiml(sent.body), url: publicUrl };
    } catch (e) {
      return this.fail(`${where} answered bad TwiML: ${(e as Error).message}`);
    }
  }

  /** Fires a callback whose answer Twilio ignores, but reports a non-2xx. */
  private async callback(
    leg: Leg,
    method: string | undefined,
    publicUrl: string,
    params: Record<string, string>,
  ) {
    const verb = (method ?? "POST").toUpperCase() === "GET" ? "GET" : "POST";
    const sent = await this.send(leg, "callback", verb, publicUrl, params);
    if (sent.status !== 0 && (sent.status < 200 || sent.status > 299)) {
      this.problem(
        `${verb} ${sent.path} (callback) answered HTTP ${sent.status}: ${sent.body.slice(0, 200)}`,
      );
    }
  }

  private async statusCallback(): Promise<void> {
    const params = {
      ...this.callParams("completed"),
      CallDuration: String(Math.max(1, Math.round(this.clock))),
      CallbackSource: "call-progress-events",
      SequenceNumber: "0",
      Timestamp: new Date().toUTCString(),
    };
    await this.callback("caller", "POST", this.publicBaseUrl + STATUS_PATH, params);
  }

  /** Runs a leg's TwiML until it ends; returns normally when the document runs out. */
  private async execute(
    leg: LegState,
    document: TwimlVerb[],
    url: string,
    plan?: StaffPlan,
  ): Promise<void> {
    let verbs = document;
    leg.documentUrl = url;
    let i = 0;
    while (i < verbs.length) {
      const verb = verbs[i++] as TwimlVerb;
      const step = await this.verb(leg, verb, plan);
      if ("document" in step) {
        verbs = step.document;
        leg.documentUrl = step.url;
        i = 0;
      }
    }
  }

  private hear(leg: LegState, verb: TwimlVerb): void {
    if (verb.name === "Say") {
      const attrs: Record<string, string> = {};
      for (const k of ["language", "voice", "loop"]) if (verb.attrs[k]) attrs[k] = verb.attrs[k];
      this.say(leg.leg, "say", verb.text, attrs);
      (leg.leg === "caller" ? this.result.heard : this.result.staffHeard).push(verb.text);
      leg.sinceInput.push(verb.text);
      this.clock += speakingSeconds(verb.text);
    } else if (verb.name === "Play") {
      this.say(leg.leg, "play", verb.text || "(a recording)", verb.attrs);
      this.clock += 3;
    } else if (verb.name === "Pause") {
      const length = intAttr(verb.attrs.length, 1);
      this.say(leg.leg, "pause", `pause ${length}s`);
      this.clock += length;
    }
  }

  private async verb(leg: LegState, verb: TwimlVerb, plan?: StaffPlan): Promise<Step> {
    switch (verb.name) {
      case "Say":
      case "Play":
      case "Pause":
        this.hear(leg, verb);
        return { next: true };
      case "Gather":
        return this.gather(leg, verb, plan);
      case "Redirect": {
        const url = this.resolve(leg, verb.text);
        this.say(leg.leg, "redirect", url);
        return this.twiml(leg, verb.attrs.method, url, leg.params);
      }
      case "Hangup":
      case "Reject":
        this.say(
          leg.leg,
          "hangup",
          leg.leg === "caller" ? "Switchboard hung up" : "the whisper hung up",
        );
        throw new CallOver("twiml");
      case "Dial":
        if (leg.leg === "staff") return this.fail("<Dial> is not allowed in a whisper");
        return this.dial(leg, verb);
      case "Record":
        if (leg.leg === "staff") return this.fail("<Record> is not allowed in a whisper");
        return this.record(leg, verb);
      default:
        return this.fail(`unsupported TwiML verb <${verb.name}>`);
    }
  }

  private async gather(leg: LegState, verb: TwimlVerb, plan?: StaffPlan): Promise<Step> {
    const a = verb.attrs;
    for (const child of verb.children) {
      if (child.name === "Say" || child.name === "Play" || child.name === "Pause")
        this.hear(leg, child);
      else return this.fail(`<${child.name}> is not allowed inside <Gather>`);
    }
    const input = (a.input ?? "dtmf").split(/\s+/).filter(Boolean);
    const numDigits = a.numDigits === undefined ? undefined : intAttr(a.numDigits, 1);
    const finishOnKey = a.finishOnKey ?? "#";
    const described = [
      input.join("+"),
      numDigits ? `${numDigits} digit${numDigits > 1 ? "s" : ""}` : "",
    ]
      .filter(Boolean)
      .join(", ");
    this.say(leg.leg, "gather", `listening (${described})`, a);

    let answer: CallerInput | "silence" | "hangup";
    if (plan) {
      answer = { digits: plan.digits };
    } else {
      const prompt: GatherPrompt = { text: [...leg.sinceInput], input };
      if (numDigits !== undefined) prompt.numDigits = numDigits;
      if (a.language) prompt.language = a.language;
      if (a.hints) prompt.hints = a.hints;
      answer = await this.caller.gather(prompt);
    }
    leg.sinceInput = [];

    if (answer === "hangup") {
      this.say(leg.leg, "hangup", "the caller hung up");
      this.clock += 1;
      throw new CallOver("caller");
    }
    const fields: Record<string, string> = {};
    if (answer !== "silence") {
      const speech = answer.speech?.trim();
      let digits = answer.digits?.trim();
      if (digits) {
        // Twilio stops at finishOnKey and at numDigits, and never reports the finishing key.
        const stop = finishOnKey ? digits.indexOf(finishOnKey) : -1;
        if (stop >= 0) digits = digits.slice(0, stop);
        if (numDigits !== undefined) digits = digits.slice(0, numDigits);
      }
      if (digits && input.includes("dtmf")) {
        this.say(leg.leg, "input", digits, { via: "keypad" });
        fields.Digits = digits;
      } else if (speech && input.includes("speech")) {
        this.say(leg.leg, "input", speech, { via: "speech" });
        fields.SpeechResult = speech;
        fields.Confidence = String(answer.confidence ?? 0.9);
      } else if (digits || speech) {
        this.say(leg.leg, "input", `(not heard: this Gather takes ${input.join("+")} only)`);
      }
    }
    const empty = Object.keys(fields).length === 0;
    this.clock += empty ? intAttr(a.timeout, 5) : 3;
    if (empty) {
      if (answer === "silence") this.say(leg.leg, "input", "(silence)");
      // Without input Twilio skips the action and carries on with the next verb.
      if (!flag(a.actionOnEmptyResult)) return { next: true };
    }
    const url = this.resolve(leg, a.action);
    return this.twiml(leg, a.method, url, { ...leg.params, ...fields });
  }

  private async dial(leg: LegState, verb: TwimlVerb): Promise<Step> {
    const a = verb.attrs;
    const targets: DialledNumber[] = [];
    const whisperMethods: (string | undefined)[] = [];
    for (const child of verb.children) {
      if (child.name !== "Number")
        return this.fail(`<Dial><${child.name}> is not supported by the simulator`);
      const dialled: DialledNumber = { number: child.text };
      if (child.attrs.sendDigits) dialled.sendDigits = child.attrs.sendDigits;
      if (child.attrs.url) dialled.whisperUrl = child.attrs.url;
      targets.push(dialled);
      whisperMethods.push(child.attrs.method);
    }
    if (verb.children.length === 0) {
      if (!verb.text) return this.fail("<Dial> has no number");
      targets.push({ number: verb.text });
    }
    for (const t of targets) {
      this.result.dialled.push(t);
      const notes = [
        t.whisperUrl ? "with a whisper" : "",
        t.sendDigits ? "DTMF digits will be sent after the answer" : "",
      ]
        .filter(Boolean)
        .join("; ");
      this.say("caller", "dial", `dialling ${t.number} …${notes ? ` (${notes})` : ""}`, a);
    }
    const ringing: DialRinging = {
      numbers: targets.map((t) => t.number),
      sendsDigits: targets.some((t) => t.sendDigits),
    };
    if (a.callerId) ringing.callerId = a.callerId;
    leg.sinceInput = [];
    const answer = await this.caller.staff(ringing);
    const timeout = intAttr(a.timeout, 30);
    if (answer === "hangup") {
      this.say("caller", "hangup", "the caller hung up while it rang");
      this.clock += 5;
      throw new CallOver("caller");
    }

    const childSid = newSid("CA");
    const picked = targets[0] as DialledNumber;
    const outcome: Record<string, string> = { DialCallSid: childSid };
    // Declining a plain ring (no whisper to press 2 at) is rejecting the call, which the network reports as busy.
    const refused: Exclude<StaffAnswer, "hangup"> =
      answer === "decline" && !picked.whisperUrl ? "busy" : answer;
    if (refused === "no-answer" || refused === "busy") {
      const why =
        answer === "decline"
          ? "declined (Twilio reports busy)"
          : refused === "busy"
            ? "is busy"
            : "did not answer";
      this.say("caller", "dial", `${picked.number} ${why}`);
      this.clock += refused === "busy" ? 2 : timeout;
      outcome.DialCallStatus = refused;
      outcome.DialCallDuration = "0";
    } else {
      this.clock += 6;
      const bridged = await this.staffLeg(
        leg,
        picked,
        childSid,
        whisperMethods[0],
        a.callerId,
        refused,
      );
      outcome.DialCallStatus = "completed";
      if (bridged) {
        const seconds = this.opts.bridgedSeconds ?? 42;
        this.say("caller", "connected", `connected to ${picked.number}; you talk for ${seconds}s`);
        this.clock += seconds;
        outcome.DialCallDuration = String(seconds);
      } else {
        this.say("caller", "dial", `${picked.number} picked up but did not take the call`);
        outcome.DialCallDuration = "0";
      }
    }
    if (!a.action) return { next: true };
    const url = this.resolve(leg, a.action);
    return this.twiml(leg, a.method, url, { ...leg.params, ...outcome });
  }

  /** Plays the whisper to the staff member; true when the call gets bridged. */
  private async staffLeg(
    callerLeg: LegState,
    target: DialledNumber,
    childSid: string,
    method: string | undefined,
    callerId: string | undefined,
    answer: "answer" | "decline",
  ): Promise<boolean> {
    if (!target.whisperUrl) return answer === "answer";
    const staff: LegState = {
      leg: "staff",
      params: {
        AccountSid: this.result.accountSid,
        ApiVersion: "2010-04-01",
        CallSid: childSid,
        CallStatus: "in-progress",
        Called: target.number,
        Caller: callerId ?? this.from,
        Direction: "outbound-dial",
        From: callerId ?? this.from,
        ParentCallSid: this.result.callSid,
        To: target.number,
      },
      documentUrl: callerLeg.documentUrl,
      sinceInput: [],
    };
    const url = this.resolve(callerLeg, target.whisperUrl);
    const whisper = await this.twiml(staff, method, url, staff.params);
    try {
      await this.execute(staff, whisper.document, whisper.url, {
        digits: answer === "answer" ? "1" : "2",
      });
    } catch (e) {
      if (e instanceof CallOver && e.how === "twiml") return false;
      throw e;
    }
    return true;
  }

  private async record(leg: LegState, verb: TwimlVerb): Promise<Step> {
    const a = verb.attrs;
    this.say("caller", "record", `recording…${flag(a.playBeep ?? "true") ? " (beep)" : ""}`, a);
    const answer = await this.caller.record({ text: [...leg.sinceInput] });
    leg.sinceInput = [];
    if (answer === "hangup") {
      this.say("caller", "hangup", "the caller hung up without leaving a message");
      throw new CallOver("caller");
    }
    const text = typeof answer === "string" ? answer : answer.text;
    const hangsUp = typeof answer !== "string" && answer.hangup === true;
    const transcribed = typeof answer === "string" || answer.transcription !== "failed";
    if (text.trim() === "") {
      // An empty recording: Twilio does not call the action and moves on.
      this.say("caller", "input", "(silence)");
      this.clock += intAttr(a.timeout, 5);
      return { next: true };
    }
    this.say("caller", "input", text, { via: "speech" });
    const duration = Math.min(speakingSeconds(text), intAttr(a.maxLength, 3600));
    this.clock += duration;
    const recordingSid = newSid("RE");
    const recordingUrl = `https://api.twilio.com/2010-04-01/Accounts/${this.result.accountSid}/Recordings/${recordingSid}`;
    const recording = {
      RecordingUrl: recordingUrl,
      RecordingSid: recordingSid,
      RecordingDuration: String(duration),
    };
    const actionUrl = this.resolve(leg, a.action);
    const fields = { ...leg.params, ...recording, Digits: hangsUp ? "hangup" : "#" };
    let step: Step = { next: true };
    if (hangsUp) {
      // Twilio still posts the recording when the caller hangs up, and ignores the answer.
      this.say("caller", "hangup", "the caller hung up after the message");
      await this.callback("caller", a.method, actionUrl, { ...fields, CallStatus: "completed" });
    } else {
      step = await this.twiml(leg, a.method, actionUrl, fields);
    }
    if (a.recordingStatusCallback) {
      await this.callback(
        "caller",
        a.recordingStatusCallbackMethod,
        this.resolve(leg, a.recordingStatusCallback),
        {
          AccountSid: this.result.accountSid,
          CallSid: this.result.callSid,
          ...recording,
          RecordingStatus: "completed",
          RecordingChannels: "1",
          RecordingSource: "RecordVerb",
          RecordingStartTime: new Date().toUTCString(),
        },
      );
    }
    // transcribe="true" without a callback transcribes silently; only the callback reaches us.
    if (a.transcribeCallback) {
      const transcriptionSid = newSid("TR");
      await this.callback("caller", "POST", this.resolve(leg, a.transcribeCallback), {
        ...leg.params,
        ...recording,
        TranscriptionSid: transcriptionSid,
        TranscriptionText: transcribed ? text : "",
        TranscriptionStatus: transcribed ? "completed" : "failed",
        TranscriptionType: "fast",
        TranscriptionUrl: `https://api.twilio.com/2010-04-01/Accounts/${this.result.accountSid}/Transcriptions/${transcriptionSid}`,
      });
    }
    if (hangsUp) throw new CallOver("caller");
    return step;
  }
}

/** What a scripted caller does; see scriptedCaller. */
export interface CallScript {
  /** One entry per Gather, in order: words to say, "#123" or "digits:123" for keys, "" for silence, "/hangup" to hang up. */
  says?: string[];
  /** What the staff member does at each Dial, in order; the last one repeats; default answer. */
  staff?: StaffAnswer[];
  /** What is said into a Record. */
  message?: string;
  /** Hang up after the message instead of pressing #. */
  hangupAfterMessage?: boolean;
  /** Twilio fails to transcribe the message. */
  untranscribed?: boolean;
  /** Hang up when `says` runs out (default); otherwise stay silent. */
  hangupWhenDone?: boolean;
  /** The recogniser's confidence Twilio reports for everything said (0.9 unless given). */
  confidence?: number;
}

export const DEFAULT_MESSAGE = "你好，我想留个言，请尽快给我回电话，谢谢。";

/** A spoken turn with the recogniser's confidence Twilio is to report for it, if one is given. */
export function heardWith(
  turn: CallerInput | "silence" | "hangup",
  confidence: number | undefined,
): CallerInput | "silence" | "hangup" {
  if (confidence === undefined || typeof turn === "string" || !turn.speech) return turn;
  return { ...turn, confidence };
}

/** Parses one scripted turn: "#12" and "digits:12" are keys, "" is silence, "/hangup" hangs up. */
export function scriptedTurn(entry: string): CallerInput | "silence" | "hangup" {
  const turn = entry.trim();
  if (turn === "") return "silence";
  if (turn === "/hangup") return "hangup";
  if (turn.startsWith("#") && turn.length > 1) return { digits: turn.slice(1) };
  if (turn.startsWith("digits:")) return { digits: turn.slice("digits:".length) };
  return { speech: turn };
}

/** A caller that follows a fixed script; for tests and `npm run call -- --say …`. */
export function scriptedCaller(script: CallScript): Caller {
  const says = [...(script.says ?? [])];
  const staff = script.staff ?? [];
  let dials = 0;
  return {
    async gather() {
      const next = says.shift();
      if (next === undefined) return script.hangupWhenDone === false ? "silence" : "hangup";
      return heardWith(scriptedTurn(next), script.confidence);
    },
    async staff() {
      const answer = staff[Math.min(dials, staff.length - 1)] ?? "answer";
      dials += 1;
      return answer;
    },
    async record() {
      const text = script.message ?? DEFAULT_MESSAGE;
      if (!script.hangupAfterMessage && !script.untranscribed) return text;
      return {
        text,
        ...(script.hangupAfterMessage ? { hangup: true } : {}),
        ...(script.untranscribed ? { transcription: "failed" as const } : {}),
      };
    },
  };
}
