/** A given name said alone: "找一下婷婷", "建华在吗", "is Tingting there", "is Mark available". */

/** Around a given name said alone, words that ask for the person: "找一下婷婷", "建华在吗". */
const GIVEN_ASKED_BEFORE_ZH = /(找|转|接|叫|转给|接通)(一下)?$/;
const GIVEN_ENDS_ZH = /^($| |在|吧|呢|啊|呀|好吗|谢谢)/;
const GIVEN_STARTS_ZH = /(^| |吗|好|问|烦|个|的)$/;
const GIVEN_ASKED_AFTER_ZH = /^ ?(在吗|在不在|在么|在没在)/;

/** After "is" and a name, words that ask for that person: "is Mark available". */
const ASKED_AFTER = /^(available|there|around|free|about|in)$/;
/** Before a name, the words that ask for someone: "speak to Grace", "looking for Joy". */
const ASKED_BEFORE = /^(speak|talk|looking|asking|through)$/;
/** Words before a noun: "the bill please" asks for no Bill. */
const DETERMINER = /^(the|a|an|my|your|our|his|her|their|this|that|some|any|no)$/;

/**
 * Where one word is asked for as someone: "is Mark available", "is Grace there", "Grace please",
 * "can I speak to Grace", "I'm looking for Joy".
 */
export function askedAlone(said: readonly string[]): boolean[] {
  return said.map(
    (_, i) =>
      (said[i - 1] === "is" && ASKED_AFTER.test(said[i + 1] ?? "")) ||
      (said[i + 1] === "please" && !DETERMINER.test(said[i - 1] ?? "")) ||
      (/^(to|with|for)$/.test(said[i - 1] ?? "") && ASKED_BEFORE.test(said[i - 2] ?? "")),
  );
}

/**
 * The words that asked for someone by a two-character given name alone ("找一下婷婷", "建华在吗",
 * "is Tingting there"), written or in pinyin; empty when it was not asked for.
 */
export function givenNameAsked(
  given: { written: string; joined: string },
  spaced: string,
  said: readonly string[],
  asked: readonly boolean[],
): string[] {
  const { written, joined } = given;
  const named: string[] = [];
  for (let at = spaced.indexOf(written); at >= 0; at = spaced.indexOf(written, at + 1)) {
    const before = spaced.slice(Math.max(0, at - 4), at);
    const after = spaced.slice(at + 2, at + 5);
    // Asked for, and the name not the start of a longer word: 建国路 is a road.
    const asks =
      (GIVEN_ASKED_BEFORE_ZH.test(before) && GIVEN_ENDS_ZH.test(after)) ||
      (GIVEN_STARTS_ZH.test(before) && GIVEN_ASKED_AFTER_ZH.test(after));
    if (asks) named.push(written);
  }
  for (let i = 0; i < said.length; i++) {
    if (said[i] !== joined) continue;
    if (asked[i]) named.push(joined);
  }
  return named;
}
