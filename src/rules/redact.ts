import type { Directory } from "./directory.ts";
import { findNames, type NameForms, nameForms } from "./guest-names.ts";
import { numberRuns } from "./spoken-numbers.ts";

/**
 * What leaves for a language model, with everything private masked: numbers of three digits or
 * more however they are written or said (so every phone number and room), the few shorter
 * numbers that are a room, and every guest's name in characters, sound-alike characters and
 * romanised forms. The one way text is made safe for a model: understanding, questions,
 * summaries and transcription prompts alike.
 */

export const NUMBER_MASK = "[number]";
export const NAME_MASK = "[name]";

/** The private things of one directory that only a pattern can't know. */
export interface Private {
  /** Private numbers of one or two digits (a room "12"), masked however short. */
  shortNumbers: ReadonlySet<string>;
  names: readonly NameForms[];
}

const privates = new WeakMap<Directory, Private>();

/** A directory's private things, gathered once per directory. */
export function privateOf(dir: Directory): Private {
  let found = privates.get(dir);
  if (!found) {
    const short = new Set<string>();
    for (const g of dir.guests) {
      if (g.room.length < 3) short.add(g.room).add(String(Number(g.room)));
    }
    found = { shortNumbers: short, names: dir.guests.map((g) => nameForms(g.name)) };
    privates.set(dir, found);
  }
  return found;
}

/** The text a model may see: private things masked, spaces tidied. */
export function redact(text: string, priv: Private): string {
  const normal = text.normalize("NFKC");
  const spans: Span[] = [];
  for (const run of numberRuns(normal)) {
    if (run.digits.length >= 3 || priv.shortNumbers.has(run.digits)) {
      spans.push({ start: run.start, end: run.end, mask: NUMBER_MASK });
    }
  }
  for (const [start, end] of findNames(normal, priv.names)) {
    spans.push({ start, end, mask: NAME_MASK });
  }
  return masked(normal, spans).replace(/\s+/g, " ").trim();
}

/**
 * Numbers of three digits or more, in any form, replaced by `mask`: for text shown to staff,
 * which otherwise stays as it was written (full-width punctuation and all).
 */
export function maskNumbers(text: string, mask: string): string {
  const spans = numberRuns(text)
    .filter((run) => run.digits.length >= 3)
    .map((run) => ({ ...run, mask }));
  return masked(text, spans);
}

interface Span {
  start: number;
  end: number;
  mask: string;
}

/** The text with each span replaced by its mask; overlapping spans become one. */
function masked(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    if (span.start >= at) out += text.slice(at, span.start) + span.mask;
    at = span.end;
  }
  return out + text.slice(at);
}
