import type { Language } from "../rules/directory.ts";

/**
 * The one place TwiML is built. Each step describes what the caller hears; this renders it.
 * Serialised by hand because the twilio SDK's xmlbuilder cost 10-15% of the greeting's CPU;
 * test/voice/twiml.test.ts holds the output byte-identical to the SDK's `VoiceResponse`.
 */

/** Written in insertion order; an undefined value leaves the attribute out, as in the SDK. */
type Attributes = Record<string, string | number | boolean | undefined>;

const VOICE: Record<Language, Attributes> = {
  zh: { voice: "Polly.Zhiyu-Neural", language: "cmn-CN" },
  en: { voice: "Polly.Joanna-Neural", language: "en-US" },
};

const RECOGNITION: Record<Language, string> = {
  zh: "cmn-Hans-CN",
  en: "en-US",
};

export interface Speech {
  text: string;
  language: Language;
}

export type Verb =
  | { verb: "say"; speech: Speech }
  | { verb: "pause"; seconds: number }
  | {
      verb: "gather";
      action: string;
      prompt: Speech[];
      input: "speech dtmf" | "dtmf" | "speech";
      language: Language;
      hints?: readonly string[];
      numDigits?: number;
      finishOnKey?: string;
      timeout?: number;
    }
  | {
      verb: "dial";
      /** Without one, Twilio goes on to the next verb once the dialled call ends. */
      action?: string;
      timeout: number;
      numbers: {
        number: string;
        whisperUrl?: string;
        sendDigits?: string;
        /** Told when this leg ends (its CallSid, CallStatus, CallDuration). */
        statusCallback?: string;
      }[];
      timeLimit?: number;
      callerId?: string;
    }
  | {
      verb: "record";
      action: string;
      recordingStatusCallback: string;
      transcribeCallback: string;
      maxLength: number;
    }
  | { verb: "redirect"; url: string }
  | { verb: "hangup" };

export function render(verbs: readonly Verb[]): string {
  let body = "";
  for (const v of verbs) {
    switch (v.verb) {
      case "say":
        body += say(v.speech);
        break;
      case "pause":
        body += element("Pause", { length: v.seconds }, "");
        break;
      case "gather": {
        let prompt = "";
        for (const s of v.prompt) prompt += say(s);
        body += element(
          "Gather",
          {
            action: v.action,
            method: "POST",
            // The SDK joins a list-valued attribute with spaces.
            input: v.input,
            language: RECOGNITION[v.language],
            actionOnEmptyResult: true,
            timeout: v.timeout ?? 5,
            speechTimeout: v.input === "dtmf" ? undefined : "auto",
            hints: v.hints && v.hints.length > 0 ? joinedHints(v.hints) : undefined,
            numDigits: v.numDigits ? v.numDigits : undefined,
            finishOnKey: v.finishOnKey,
          },
          prompt,
        );
        break;
      }
      case "dial": {
        let numbers = "";
        for (const n of v.numbers) {
          numbers += element(
            "Number",
            {
              url: n.whisperUrl ? n.whisperUrl : undefined,
              method: n.whisperUrl ? "POST" : undefined,
              sendDigits: n.sendDigits ? n.sendDigits : undefined,
              statusCallback: n.statusCallback ? n.statusCallback : undefined,
              statusCallbackMethod: n.statusCallback ? "POST" : undefined,
              statusCallbackEvent: n.statusCallback ? "completed" : undefined,
            },
            escapeText(n.number),
          );
        }
        body += element(
          "Dial",
          {
            action: v.action ? v.action : undefined,
            method: v.action ? "POST" : undefined,
            answerOnBridge: true,
            timeout: v.timeout,
            timeLimit: v.timeLimit ? v.timeLimit : undefined,
            callerId: v.callerId ? v.callerId : undefined,
          },
          numbers,
        );
        break;
      }
      case "record":
        body += element(
          "Record",
          {
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
          },
          "",
        );
        break;
      case "redirect":
        body += element("Redirect", { method: "POST" }, escapeText(v.url));
        break;
      case "hangup":
        body += element("Hangup", {}, "");
        break;
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>${element("Response", {}, body)}`;
}

function say(speech: Speech): string {
  if (speech.text.length <= SAY_ALWAYS_FITS) {
    return element("Say", VOICE[speech.language], escapeText(speech.text));
  }
  let out = "";
  for (const text of sayPieces(speech.text)) {
    out += element("Say", VOICE[speech.language], escapeText(text));
  }
  return out;
}

// Twilio's limits on one <Say> with a Polly voice: 3,000 bytes of UTF-8, and 4,500 characters
// once URL-encoded (about 500 Chinese characters). Past them Twilio warns (13521) and the
// caller does not hear it all. A text of up to 500 UTF-16 units is within both, whatever it holds.
const SAY_MAX_BYTES = 3000;
const SAY_MAX_ENCODED = 4500;
const SAY_ALWAYS_FITS = 500;

function fitsOneSay(text: string): boolean {
  let bytes = 0;
  let encoded = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      bytes += 1;
      encoded += /[A-Za-z0-9\-_.!~*'()]/.test(ch) ? 1 : 3;
    } else {
      const n = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      bytes += n;
      encoded += 3 * n;
    }
    if (bytes > SAY_MAX_BYTES || encoded > SAY_MAX_ENCODED) return false;
  }
  return true;
}

/** A text too long for one <Say> as one that fits, cut by code point. */
function cutToFit(text: string): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const ch of text) {
    if (current && !fitsOneSay(current + ch)) {
      pieces.push(current);
      current = "";
    }
    current += ch;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * The text as pieces that each fit one <Say>, cut after a sentence wherever one ends in time:
 * a long knowledge-base or model answer is then heard whole, in several <Say>s.
 */
export function sayPieces(text: string): string[] {
  if (text.length <= SAY_ALWAYS_FITS || fitsOneSay(text)) return [text];
  const sentences = text.match(/[^。！？；!?;.]+(?:[。！？；!?;.]+\s*|$)|[。！？；!?;.]+\s*/gu) ?? [
    text,
  ];
  const pieces: string[] = [];
  let current = "";
  for (const sentence of sentences.flatMap((s) => (fitsOneSay(s) ? [s] : cutToFit(s)))) {
    if (current && !fitsOneSay(current + sentence)) {
      pieces.push(current.trim());
      current = "";
    }
    current += sentence;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}

/** `content` is already escaped; without any, the element self-closes as xmlbuilder writes it. */
function element(name: string, attributes: Attributes, content: string): string {
  let tag = `<${name}`;
  for (const key in attributes) {
    const value = attributes[key];
    if (value !== undefined) tag += ` ${key}="${escapeAttribute(String(value))}"`;
  }
  return content === "" ? `${tag}/>` : `${tag}>${content}</${name}>`;
}

/**
 * The escapes of xmlbuilder's textEscape (`&`, `<`, `>`, CR) or attEscape (`&`, `<`, `"`, tab,
 * LF, CR). Characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, U+FFFE,
 * U+FFFF, lone surrogates) are dropped: the SDK threw on them in text and wrote invalid XML in
 * attributes. A plain scan: most values need nothing, and a Unicode regex over every URL and
 * prompt cost microseconds a step.
 */
function escapeAs(value: string, inAttribute: boolean): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let replacement: string;
    if (c >= 0x20 && c < 0xd800) {
      if (c === 0x26) replacement = "&amp;";
      else if (c === 0x3c) replacement = "&lt;";
      else if (c === 0x3e && !inAttribute) replacement = "&gt;";
      else if (c === 0x22 && inAttribute) replacement = "&quot;";
      else continue;
    } else if (c < 0x20) {
      if (c === 0x0d) replacement = "&#xD;";
      else if (c === 0x09 || c === 0x0a) {
        // Text keeps tabs and line feeds as they are.
        if (!inAttribute) continue;
        replacement = c === 0x09 ? "&#x9;" : "&#xA;";
      } else replacement = "";
    } else if (c < 0xdc00) {
      // A high surrogate is kept with the low one after it; alone, it is dropped.
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        i++;
        continue;
      }
      replacement = "";
    } else if (c < 0xe000 || c === 0xfffe || c === 0xffff) {
      // A low surrogate no high one came before.
      replacement = "";
    } else {
      continue;
    }
    out += value.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? value : out + value.slice(from);
}

function escapeText(text: string): string {
  return escapeAs(text, false);
}

/**
 * Long attribute values are mostly the same few strings again and again (a directory's speech
 * hints, hundreds of characters that every Gather carries), so each is escaped once and remembered.
 */
const escapedLongValues = new Map<string, string>();
const LONG_VALUE = 128;
const LONG_VALUES_KEPT = 64;

/** A list of hints as one attribute; the directory's, on every Gather, joined once. */
const joined = new WeakMap<readonly string[], string>();

export function joinedHints(hints: readonly string[]): string {
  let text = joined.get(hints);
  if (text === undefined) {
    text = hints.join(", ");
    // Only a list no one can change may be remembered by itself.
    if (Object.isFrozen(hints)) joined.set(hints, text);
  }
  return text;
}

export function escapeAttribute(value: string): string {
  if (value.length < LONG_VALUE) return escapeAttributeNow(value);
  let escaped = escapedLongValues.get(value);
  if (escaped === undefined) {
    escaped = escapeAttributeNow(value);
    if (escapedLongValues.size >= LONG_VALUES_KEPT) escapedLongValues.clear();
    escapedLongValues.set(value, escaped);
  }
  return escaped;
}

function escapeAttributeNow(value: string): string {
  return escapeAs(value, true);
}
