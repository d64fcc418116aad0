import type { Directory, Staff } from "../directory.ts";
import { hasCjk, latinWords, type Said } from "../text.ts";
import { departmentIndex } from "./departments.ts";
import { hear, nameScore, personCued, readingsHere } from "./name-sounds.ts";
import { candidatesIn, type NameEntry, peopleIndex } from "./people-index.ts";
import { assistantAskedOf, assistantOf, assistsAHead, isHead } from "./relations.ts";
import { spokenWord } from "./spellings.ts";
import { byTitle, type Titled } from "./titles.ts";

/**
 * Whom a caller asks for: staff by name, by sound, by surname and title ("财务的李姐", "Mr
 * Miller", "the Chen who handles bookings"), and guests by name. A hidden guest is not in here
 * at all: their name is heard as any stranger's is, so nothing can answer differently for it.
 */

export interface Person {
  key: string;
  confidence: number;
  /** Someone else who fits as well: the caller is asked which. */
  alternatives?: string[];
}

export interface People {
  staff: Person | null;
  guest: string | null;
  /** A surname with a title or role, and who has that surname: resolved by the department. */
  titled: Titled | null;
}

/** The caller's own name ("我是刘洋", "this is Emily Carter") is not who they want. */
const INTRODUCTION_ZH =
  /(?<![帮给替让请])(我是|我叫|本人是|这里是|这边是)(?![找想要来打问需给帮的一个辆])([\u3400-\u9fff]{2,3})/g;
const INTRODUCTION_EN =
  /\b(this is|i am|im|my name is)(?! (?:after|looking|trying|wondering|hoping|here)\b)( mr| mrs| ms| miss| dr)?( [a-z]+){1,2}|(?<!\bis )\b(it|its|it is)( [a-z]+){1,2}(?= (from|here|speaking|calling)\b)/g;

function withoutIntroduction(text: Said): Said {
  const spaced = text.spaced
    .replace(INTRODUCTION_ZH, (_, intro: string) => `${intro} `)
    .replace(INTRODUCTION_EN, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (spaced === text.spaced) return text;
  return { spaced, compact: spaced.replace(/ /g, ""), words: latinWords(spaced) };
}

/** A word or character said twice in a row, which cleaning takes for a stammer. */
const DOUBLED = /\b([a-z]+) \1\b|([\u3400-\u9fff]) ?\2/;

/**
 * Whether what cleaning took out of the words ("hi", "so", a doubled "young") may have been part
 * of someone's name here: then the words are heard again as said.
 */
export function mayBeNamed(dir: Directory, said: Said, cleaned: Said): boolean {
  if (DOUBLED.test(said.spaced)) return true;
  const kept = new Set(cleaned.spaced.split(" "));
  const index = peopleIndex(dir);
  return said.spaced
    .split(" ")
    .some(
      (w) =>
        !kept.has(w) && !hasCjk(w) && readingsHere(index, w).some((r) => index.syllables.has(r)),
    );
}

function inDirectoryOrder(a: NameEntry, b: NameEntry): number {
  return a.order - b.order;
}

export function findPeople(dir: Directory, said: Said): People {
  const index = peopleIndex(dir);
  const words = departmentIndex(dir).words;
  const text = withoutIntroduction(said);
  const heard = hear(text.spaced, index);
  const candidates = candidatesIn(index, heard, text);
  // In directory order, so equals are settled as the directory lists them.
  const staffHeard: NameEntry[] = [];
  for (const e of candidates) if (e.department !== null) staffHeard.push(e);
  staffHeard.sort(inDirectoryOrder);
  const cued = personCued(text, words);
  const spoken = text.words.map(spokenWord);
  const full = staffHeard
    .map((e) => ({ key: e.key, confidence: nameScore(e, text, heard, spoken, words, cued) }))
    .filter((m) => m.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence);
  let staff: Person | null = null;
  let titled: Titled | null = null;
  const [top, next] = full;
  if (top) {
    // Two people who sound alike (张伟, 章威) cannot be told apart on the phone: ask, don't guess.
    staff =
      next && next.confidence >= top.confidence - 0.1
        ? { key: top.key, confidence: 0.5, alternatives: [next.key] }
        : top;
    staff = related(dir, text, staff, full);
  } else {
    titled = byTitle(index, staffHeard, text, heard, words);
    if (titled) titled = relatedTitled(dir, text, titled);
  }
  const guest =
    [...candidates]
      .filter((e) => e.department === null)
      .map((e) => ({ key: e.key, score: nameScore(e, text, heard, spoken, words, cued) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score)[0]?.key ?? null;
  return { staff, guest, titled };
}

/**
 * The one asked for by whom they work for: "Ms Chin, the GM's assistant" is, of two who sound
 * alike, the one who is not the GM; "金总的秘书", "Mr Jin's assistant" the one who assists him (none
 * when his department has several who might).
 */
function related(dir: Directory, text: Said, staff: Person, heard: Person[]): Person | null {
  const byKey = (key: string) => dir.staff.find((s) => s.key === key);
  if (staff.alternatives) {
    if (!assistsAHead(text)) return staff;
    const keys = [staff.key, ...staff.alternatives];
    const fits = heard.filter((m) => keys.includes(m.key) && !isHead(byKey(m.key) as Staff));
    return fits.length === 1 ? (fits[0] as Person) : staff;
  }
  const asked = byKey(staff.key);
  if (!asked || !assistantAskedOf(asked, text)) return staff;
  const assistant = assistantOf(dir, asked);
  return assistant ? { key: assistant.key, confidence: staff.confidence } : null;
}

/** The same for a surname with a title ("Mr Jin's assistant", "Ms Chin, the GM's assistant"). */
function relatedTitled(dir: Directory, text: Said, titled: Titled): Titled {
  const byKey = (key: string) => dir.staff.find((s) => s.key === key) as Staff;
  let candidates = titled.candidates;
  if (assistsAHead(text)) {
    const fits = candidates.filter((k) => !isHead(byKey(k)));
    if (fits.length > 0) candidates = fits;
  } else {
    candidates = candidates.flatMap((k) => {
      if (!assistantAskedOf(byKey(k), text)) return [k];
      const assistant = assistantOf(dir, byKey(k));
      return assistant ? [assistant.key] : [];
    });
    candidates = [...new Set(candidates)];
  }
  return candidates.length === titled.candidates.length &&
    candidates.every((k, i) => k === titled.candidates[i])
    ? titled
    : { ...titled, candidates };
}
