import { type Directory, LANGUAGES, type Language } from "../rules/directory.ts";
import { speechHints } from "../rules/understand/hints.ts";
import { escapeAttribute, joinedHints } from "../twilio/twiml.ts";

// Each step's answer is kept with its record, so a retried webhook gets the very same answer.
// Every Gather in it repeats the directory's speech hints, hundreds of characters that would
// otherwise make up most of what a call's record holds. The kept copy names them instead, as
// ` hints="<zh>"`: an attribute render writes never holds a raw "<", so the name cannot be taken
// for hints a Gather really had. Giving the answer again puts the directory's hints back.

interface SharedHints {
  /** The attribute as render writes it. */
  written: string;
  /** The attribute as the kept answer names it. */
  named: string;
}

const hintsOf = new WeakMap<Directory, Record<Language, SharedHints>>();

function sharedHints(dir: Directory): Record<Language, SharedHints> {
  let shared = hintsOf.get(dir);
  if (!shared) {
    const entries = LANGUAGES.map((language): [Language, SharedHints] => [
      language,
      {
        written: ` hints="${escapeAttribute(joinedHints(speechHints(dir, language)))}"`,
        named: ` hints="<${language}>"`,
      },
    ]);
    shared = Object.fromEntries(entries) as Record<Language, SharedHints>;
    hintsOf.set(dir, shared);
  }
  return shared;
}

/** The answer as a step's record keeps it: the directory's speech hints named, not repeated. */
export function answerToKeep(twiml: string, dir: Directory): string {
  let kept = twiml;
  for (const language of LANGUAGES) {
    const { written, named } = sharedHints(dir)[language];
    // Empty hints are never written, so there is nothing to name.
    if (written !== ' hints=""') kept = kept.replaceAll(written, named);
  }
  return kept;
}

const NAMED_HINTS = / hints="<(zh|en)>"/g;

/**
 * A kept answer, to give again: with the directory's speech hints back in place (without a
 * directory, the Gathers go without hints, which only help the recogniser).
 */
export function keptAnswer(kept: string, dir: Directory | null): string {
  if (!kept.includes(' hints="<')) return kept;
  return kept.replace(NAMED_HINTS, (_, language: Language) =>
    dir ? sharedHints(dir)[language].written : "",
  );
}
