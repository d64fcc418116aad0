import type { Directory, Language } from "../directory.ts";

/** What Twilio's recogniser is told to listen for: this directory's names and words. */

/** Past the names, keywords are added up to this many hints in all. */
const MAX_HINTS = 90;

/**
 * Twilio's limits on a Gather's hints: at most 500 entries, each at most 100 characters, in a
 * comma-separated list (so an entry holds no comma). Past them Twilio warns (13330) and the
 * recogniser may not use the hints at all.
 */
const TWILIO_MAX_HINTS = 500;
const TWILIO_MAX_HINT_LENGTH = 100;

const hintsOf = new WeakMap<Directory, Partial<Record<Language, readonly string[]>>>();

/**
 * Phrases that help the recogniser hear this directory: names first, then a few keywords. The
 * same frozen list every time, so no caller can change the next greeting's, and what is built
 * from it (the Gather's attribute) can be kept by the list.
 */
export function speechHints(dir: Directory, language: Language): readonly string[] {
  let known = hintsOf.get(dir);
  if (!known) {
    known = {};
    hintsOf.set(dir, known);
  }
  known[language] ??= Object.freeze(hintsFor(dir, language));
  return known[language];
}

/** A list of hints within Twilio's limits, and how to add to it. */
function hintList(): { hints: Set<string>; add(phrase: string, limit?: number): void } {
  const hints = new Set<string>();
  return {
    hints,
    add(phrase, limit = TWILIO_MAX_HINTS) {
      // A comma would split one hint in two; a name that long is no phrase a caller says.
      const hint = phrase.replace(/[,，]/g, " ").replace(/\s+/g, " ").trim();
      if (hint && hint.length <= TWILIO_MAX_HINT_LENGTH && hints.size < limit) hints.add(hint);
    },
  };
}

/** Every staff member's names, Chinese first, as hints. */
function addStaffNames(dir: Directory, add: (phrase: string) => void): void {
  for (const s of dir.staff) {
    if (s.name.zh) add(s.name.zh);
    add(s.name.en);
  }
}

const nameHintsOf = new WeakMap<Directory, readonly string[]>();

/**
 * The names a caller may answer "who would you like to speak to?" with: staff, and the guests
 * who are not hidden (a hidden guest's name is heard as a stranger's is).
 */
export function nameHints(dir: Directory): readonly string[] {
  let known = nameHintsOf.get(dir);
  if (!known) {
    const { hints, add } = hintList();
    addStaffNames(dir, add);
    for (const g of dir.guests) if (!g.incognito) add(g.name);
    known = Object.freeze([...hints]);
    nameHintsOf.set(dir, known);
  }
  return known;
}

function hintsFor(dir: Directory, language: Language): string[] {
  const { hints, add } = hintList();
  for (const d of dir.departments) add(d.name[language]);
  add(language === "zh" ? "English" : "中文");
  addStaffNames(dir, add);
  for (let i = 0; hints.size < MAX_HINTS; i++) {
    const batch = dir.departments
      .map((d) => d.keywords[language][i])
      .filter((k) => k !== undefined);
    if (batch.length === 0) break;
    for (const k of batch) add(k, MAX_HINTS);
  }
  return [...hints];
}
