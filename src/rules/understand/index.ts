import type { Directory, Language } from "../directory.ts";
import { prepare, type Said, said, saidApart } from "../text.ts";
import { type Caller, callerIn, LEADS, NOT_FOR, POINTS_TO, TAKES_POST } from "./callers.ts";
import { CONFIDENT, leadConfidence } from "./confidence.ts";
import {
  type DepartmentIndex,
  departmentIndex,
  explainDepartments,
  isKind,
  type Meant,
  namedIn,
  ownWordsHeard,
  phrasesHeardWhole,
  type Ranked,
  rankDepartments,
  type Source,
} from "./departments.ts";
import { type EmergencyCategory, emergencyIn } from "./emergency.ts";
import { asksOperator, complains, REDRESS_EN, REDRESS_ZH } from "./escalation.ts";
import { yearsNamed, yearsServed } from "./grades.ts";
import { KIND_WORDS, type Kind } from "./kinds.ts";
import { kindsOf } from "./kinds-of.ts";
import { besideLanguageAsked, languageAskedFor } from "./language.ts";
import { type LooseIndex, looseIndex, looseMatches, ownWordsSaid } from "./loose-words.ts";
import { asksElsewhere, asksOutsideLine, numbersIn } from "./numbers.ts";
import { findPeople, mayBeNamed } from "./people.ts";
import { staffDepartment } from "./people-index.ts";
import { asksByName, asksForGuest, privacyAsked, puttableThrough, type Whose } from "./privacy.ts";
import { readingOf } from "./readings.ts";
import { clausesOf, cleaned, withoutIntroduction } from "./speech.ts";
import type { Titled } from "./titles.ts";

export { CONFIDENT } from "./confidence.ts";
export type { EmergencyCategory } from "./emergency.ts";
export type { Whose } from "./privacy.ts";

/** What a caller wants, from one speech result; nothing a caller says ever becomes a number to dial. */

export type Understanding =
  | { kind: "emergency"; category: EmergencyCategory }
  /** It may be an emergency: the caller is asked once, and put through at once on yes. */
  | { kind: "maybe_emergency"; category: EmergencyCategory }
  | { kind: "switch_language"; language: Language }
  | { kind: "outside_number" }
  /**
   * `whose`: the one person it was asked of, when they can be put through instead (staff, or a
   * guest who is not hidden); never set for a hidden guest, who must sound like a stranger.
   */
  | { kind: "privacy"; asked: "room_number" | "private_number" | "staying"; whose?: Whose }
  | { kind: "complaint" }
  | { kind: "operator" }
  /** `alternatives`: someone else who fits as well, so the caller is asked which. */
  | { kind: "person"; staff: string; confidence: number; alternatives?: string[] }
  /** `byNumber`: a room or extension was asked for by its number alone, with no name. */
  | { kind: "guest"; guest: string | null; byNumber?: true }
  /** `also`: a second request in the same breath, kept for "anything else?". */
  | {
      kind: "department";
      department: string;
      confidence: number;
      alternatives: string[];
      also?: string;
    }
  | { kind: "unknown"; alternatives: string[] };

/** Below this, the speech recogniser itself doubts the words it heard. */
export const DOUBTFUL_SPEECH = 0.4;

/**
 * Whether Twilio's score for a transcription (`Confidence`, 0–1) says the words may be wrong:
 * a match on them is then confirmed before anyone is rung, however clearly they name someone.
 * Twilio does not always send a score; none, or 0, says nothing.
 */
export function speechDoubtful(confidence: string | undefined): boolean {
  if (confidence === undefined || confidence.trim() === "") return false;
  const score = Number(confidence);
  return Number.isFinite(score) && score > 0 && score < DOUBTFUL_SPEECH;
}

export function understand(utterance: string, dir: Directory, language: Language): Understanding {
  const emergency = emergencyIn(said(utterance));
  // Maybe one ("有股烧焦的味道"): asked first, whatever else was said; a "no" goes on with it.
  if (emergency) {
    return { kind: emergency.sure ? "emergency" : "maybe_emergency", category: emergency.category };
  }
  return understandRequest(utterance, dir, language);
}

/** What a caller asks for, leaving emergencies aside: for a caller who said it is not one. */
export function understandRequest(
  utterance: string,
  dir: Directory,
  language: Language,
): Understanding {
  const prepared = prepare(utterance);
  const text = said(utterance);

  const wanted = languageAskedFor(text);
  if (wanted && wanted !== language) return { kind: "switch_language", language: wanted };
  if (wanted) {
    // Asked for the language the call is in ("do you speak English?"): yes, and what else?
    const rest = besideLanguageAsked(text);
    const asked = rest === "" ? null : understandRequest(rest, dir, language);
    return asked && asked.kind !== "unknown" ? asked : { kind: "switch_language", language };
  }

  const numbers = numbersIn(prepared, text);
  if (numbers.outside || asksOutsideLine(text)) return { kind: "outside_number" };
  if (asksElsewhere(text, (phrase) => ourName(dir, phrase))) return { kind: "outside_number" };

  const heard = cleaned(text);
  let people = findPeople(dir, heard);
  // "Yang Yang" is a name, not a stammer, and "woo hi yen" one with no greeting in it: heard as
  // said when the cleaned words name nobody and what cleaning took out may be part of a name.
  // A surname with a title heard in the cleaned words gives way to a whole name heard as said
  // ("Miss Liu Tin Tin").
  if (
    !people.staff &&
    !people.guest &&
    heard.spaced !== text.spaced &&
    mayBeNamed(dir, text, heard)
  ) {
    const again = findPeople(dir, text);
    if (!people.titled || again.staff || again.guest) people = again;
  }

  const asked = privacyAsked(text, people.staff !== null, people.guest !== null);
  if (asked) {
    const whose = puttableThrough(people);
    return whose ? { kind: "privacy", asked, whose } : { kind: "privacy", asked };
  }

  const staff = people.staff;
  let complaint = complains(text);
  // "朱红梅 她在处理我的投诉": the one named is handling the complaint, and is asked for.
  if (complaint === "complaint" && staff && staff.confidence >= CONFIDENT && handlesCase(text)) {
    complaint = null;
  }
  const claims = complaint === "redress" ? claimsDepartment(dir, heard) : null;
  if (complaint !== null && claims === null) return { kind: "complaint" };

  // "总机的白云", "客服部的曹敏": the person named, not the operator or the department.
  if (staff && staff.confidence >= CONFIDENT) {
    return { kind: "person", staff: staff.key, confidence: staff.confidence };
  }
  if (claims) {
    // "理赔部的张经理": the one of that surname in the claims department named.
    const meant = people.titled ? titledPerson(dir, people.titled, heard) : null;
    if (meant?.kind === "person" && meant.confidence >= CONFIDENT) return meant;
    return { kind: "department", department: claims, confidence: CONFIDENT, alternatives: [] };
  }
  const heardDepartments = departmentsIn(dir, utterance, heard);
  const ranked = heardDepartments.ranked;
  // "宾客服务中心", "客服部": a department called by its name, though "客服" sounds like the operator.
  if (asksOperator(text) && !heardDepartments.named.some((d) => d !== operatorOf(dir))) {
    return { kind: "operator" };
  }
  if (staff) {
    if (staff.alternatives) {
      // "Wong Lay in technical support": of two who sound alike, the one in the department named.
      const pointed = pointedTo(ranked);
      const [there, ...more] = [staff.key, ...staff.alternatives].filter((k) =>
        pointed.includes(staffDepartment(dir, k) ?? ""),
      );
      if (there && more.length === 0)
        return { kind: "person", staff: there, confidence: CONFIDENT };
      return {
        kind: "person",
        staff: staff.key,
        confidence: staff.confidence,
        alternatives: staff.alternatives,
      };
    }
    // "销售部的张经理": a surname alone, in the department the caller named (and a surname no
    // one else here has) is that person. "前台的小王" names another department than the only
    // 王's: the department named, whose people know whom the caller means.
    const named = ranked[0] && ranked[0].score >= 1 ? ranked[0].key : null;
    if (named === null) return { kind: "person", staff: staff.key, confidence: staff.confidence };
    if (named === staffDepartment(dir, staff.key)) {
      return { kind: "person", staff: staff.key, confidence: CONFIDENT };
    }
    return departmentIn(heardDepartments, dir);
  }
  // "Ms Lee Soo-jin": a guest's whole name, not a surname with a title that someone here shares.
  if (people.titled && !people.guest) {
    const meant = titledPerson(dir, people.titled, heard);
    if (meant) return meant;
  }
  const forGuest = asksForGuest(text, ranked.length > 0);
  // At a hotel, someone asked for by a name nobody here has may be a guest we neither confirm
  // nor deny.
  const byName = ranked.length === 0 && dir.guests.length > 0 && asksByName(text);
  if (people.guest) return { kind: "guest", guest: people.guest };
  if (numbers.room) return { kind: "guest", guest: null, byNumber: true };
  if (forGuest || byName) return { kind: "guest", guest: null };
  return departmentIn(heardDepartments, dir);
}

/** Someone handling the caller's complaint or case: "她在处理我的投诉", "he's dealing with my complaint". */
const HANDLES_CASE_ZH =
  /(处理|负责|跟进|受理|经手|对接)(着)?(我|我们)(的|这个|那个)?(投诉|案子|事情|那件事|这件事)/;
const HANDLES_CASE_EN =
  /\b(handling|handles|handled|dealing with|deals with|dealt with|looking after|looks after|following up( on)?|in charge of) (my|our) (complaint|case)\b/;

function handlesCase(text: Said): boolean {
  return HANDLES_CASE_ZH.test(text.compact) || HANDLES_CASE_EN.test(text.spaced);
}

/**
 * "想申请赔偿": a claims department, whose own name, description or keywords speak of
 * compensation, takes it; elsewhere a claim for compensation is a complaint.
 */
function claimsDepartment(dir: Directory, heard: Said): string | null {
  const redress = (phrase: string) => REDRESS_ZH.test(phrase) || REDRESS_EN.test(phrase);
  const kinds = kindsOf(dir);
  const cue = explainDepartments(departmentIndex(dir), heard).find(
    (c) =>
      // Its own words, or a claims kind's when it is a claims department (an insurer's motor
      // claims too), not a fallback's.
      (!isKind(c.from) ||
        (takesClaims(c.from as Kind) && kinds.get(c.department)?.some(takesClaims))) &&
      c.department !== dir.organisation.complaintsDepartment &&
      redress(c.phrase),
  );
  return cue?.department ?? null;
}

/** The claims kind, or one of its parts (motor claims, property claims). */
function takesClaims(kind: Kind): boolean {
  return kind === "claims" || KIND_WORDS[kind].parent === "claims";
}

interface DepartmentsHeard {
  ranked: Ranked[];
  /** The words the ranking was heard in: the whole turn, or the clause that asked. */
  said: Said;
  /** A second request's department, when the first clause asked for one and a later another. */
  also: string | null;
  /** Departments called by a name the caller's own department was not: see `namedIn`. */
  named: string[];
}

function operatorOf(dir: Directory): string {
  return dir.organisation.operatorDepartment;
}

/**
 * The caller's own department, said to say who is calling ("it's Mark from sales", "我是销售部的"):
 * not where they want to go, when the rest of what they say asks for somewhere.
 */
// "it's" is read as "it": the apostrophe and s are dropped before matching.
const AFFILIATION_EN =
  /\b(?:it|its|it is|this is|im|i am)(?: [a-z]+){0,2} (?:from|in|with) (?:the )?[a-z]+(?: [a-z]+)?/g;
const AFFILIATION_ZH = /(?:我是|这里是|这边是)[\u3400-\u9fff]{2,8}?的/g;

/**
 * Where something was left ("落在你们班车上了", "I left my laptop in your restaurant"): the place it
 * was lost, not the department asked for, when what else was said asks for one.
 */
const LEFT_AT_EN =
  /\b((?:left|lost|forgot|dropped)\b(?: [a-z]+){0,4}?) (?:in|on|at|inside) (?:the |your |a |my )?[a-z]+(?: (?:bus|car|room|area|lobby|bar))?/g;
const LEFT_AT_ZH =
  /((?:落|丢|忘|掉|遗落)(?:在|到))(?:了)?(?:你们)?(?:的)?[\u3400-\u9fff]{1,6}?(?=上|里|那|了|$)/g;

function withoutPlaceLeft(index: DepartmentIndex, heard: Said): Said | null {
  const spaced = heard.spaced
    .replace(LEFT_AT_EN, (_, left: string) => left)
    .replace(LEFT_AT_ZH, (_, left: string) => left);
  if (spaced === heard.spaced) return null;
  const rest = saidApart(spaced);
  return rankDepartments(index, rest).length > 0 ? rest : null;
}

function withoutAffiliation(index: DepartmentIndex, heard: Said): Said | null {
  let spaced = heard.spaced;
  for (const pattern of [AFFILIATION_EN, AFFILIATION_ZH]) {
    spaced = spaced.replace(pattern, (span) =>
      // Saying where they are from, a part of the name is enough: "it's Sam from Corporate".
      namedIn(index, saidApart(span), 0.85).size > 0 ? " " : span,
    );
  }
  return spaced === heard.spaced ? null : saidApart(spaced);
}

/**
 * The departments asked for. Of two requests in one breath ("我要退房，另外帮我叫辆车") the
 * first that names a department is taken, and the other kept.
 */
function departmentsIn(dir: Directory, utterance: string, heard: Said): DepartmentsHeard {
  return byYear(dir, utterance, departmentsSaid(dir, utterance, heard));
}

/** How near the lead a school's section office must be for the year a parent names to decide. */
const CLOSE_YEAR = 0.15;
const OTHER_YEARS = 0.1;

/**
 * A parent's child's school year ("高一", "Grade 11") deciding between section offices heard
 * nearly alike: the ones whose years, as their names and descriptions give them, hold it not
 * fall behind the one that does.
 */
function byYear(dir: Directory, utterance: string, heard: DepartmentsHeard): DepartmentsHeard {
  const top = heard.ranked[0]?.score ?? 0;
  const years = yearsNamed(utterance);
  if (years.length === 0 || top === 0) return heard;
  const served = new Map(
    heard.ranked
      .filter((r) => r.score >= top - CLOSE_YEAR)
      .flatMap((r) => {
        const d = dir.departments.find((x) => x.key === r.key);
        const span = d ? yearsServed(d) : null;
        return span ? [[r.key, years.every((y) => y >= span.from && y <= span.to)] as const] : [];
      }),
  );
  const holding = [...served.values()].filter(Boolean).length;
  if (holding !== 1 || served.size < 2) return heard;
  const ranked = heard.ranked
    .map((r) => (served.get(r.key) === false ? { ...r, score: r.score - OTHER_YEARS } : r))
    .sort((a, b) => b.score - a.score);
  return { ...heard, ranked };
}

function departmentsSaid(dir: Directory, utterance: string, heard: Said): DepartmentsHeard {
  const index = departmentIndex(dir);
  // "我们是经销商", "we're a freight company": who calls, at a company, says what they can mean.
  const caller = dir.organisation.kind === "company" ? callerIn(said(utterance)) : null;
  const byWho = caller ? departmentsOfCaller(dir, index, caller, utterance, heard) : null;
  if (byWho) return byWho;
  // "我是给你们拉货的车队，运费还没结": the request after the introduction, when one department
  // leads in it. "I'm a journalist and I'd like an interview": who asks decides between two.
  const request = withoutIntroduction(utterance);
  if (request !== null) {
    const requested = cleaned(saidApart(request));
    const [lead, next] = rankDepartments(index, requested);
    if (lead && (next?.score ?? 0) < lead.score) {
      return departmentsAskedIn(dir, index, request, requested);
    }
  }
  return departmentsAskedIn(dir, index, utterance, heard);
}

/** What the caller's saying who they are adds to what they ask, as a share of its score … */
const CALLER_SHARE = 0.3;
/** … to the departments what they ask points to nearly as well as to its lead. */
const CLOSE_CALL = 0.1;

/**
 * The departments a supplier, a customer or an authority asks for: what they ask, without the
 * departments such a caller cannot mean, and where who they are points ("冷链物流公司" to
 * logistics, any supplier to purchasing) deciding between close ones, or alone when the request
 * points nowhere. An authority's own name says more than its words ("我是医保局的，谈判资料要
 * 补充"): there, what it asks adds a share to where its name points.
 */
function departmentsOfCaller(
  dir: Directory,
  index: DepartmentIndex,
  caller: Caller,
  utterance: string,
  whole: Said,
): DepartmentsHeard | null {
  // The post goes to the office that says it takes it in, or else to reception.
  const post = caller.role === "courier" ? postTakenIn(dir) : [];
  const not =
    caller.role === "courier" && post.length === 0
      ? new Set([...NOT_FOR.courier].filter((k) => k !== "reception"))
      : NOT_FOR[caller.role];
  const unmeant = (department: string, from: Source) => {
    if (isKind(from) && not.has(from as Kind)) return NOWHERE;
    const kinds = index.kinds.get(department) ?? [];
    return kinds.length > 0 && kinds.every((k) => not.has(k)) ? NOWHERE : [department];
  };
  // What follows the introduction, or else the words that said who they are.
  const request = withoutIntroduction(utterance) ?? (caller.rest === "" ? null : caller.rest);
  let asked = request === null ? whole : cleaned(saidApart(request));
  let ranked = rankDepartments(index, asked, false, unmeant);
  if (ranked.length === 0 && request !== null) {
    asked = whole;
    ranked = rankDepartments(index, whole, false, unmeant);
  }
  // Two departments heard alike ("桶装水" for two offices of administration): their own words.
  if (ranked.length > 1) ranked = withOwnWords(index, ranked, looseIndex(dir), asked);
  const who = `${caller.named} ${POINTS_TO[caller.role]}`;
  const home =
    post.length > 0
      ? post.map((key) => ({ key, score: CONFIDENT }))
      : rankDepartments(index, cleaned(saidApart(who)), false, unmeant);
  const leads = LEADS.has(caller.role);
  const [lead, add] = leads && home.length > 0 ? [home, ranked] : [ranked, home];
  if (lead.length === 0 && add.length === 0) return null;
  const scores = new Map(lead.map((r) => [r.key, r.score]));
  if (lead.length === 0) for (const r of add) scores.set(r.key, r.score);
  else {
    // Who they are decides between close ones, never against a clear lead: a supplier who has
    // not been paid for a delivery wants finance, not purchasing.
    const top = lead[0]?.score ?? 0;
    for (const r of add) {
      const score = scores.get(r.key) ?? 0;
      if (!leads && score < top - CLOSE_CALL) continue;
      scores.set(r.key, Math.min(Math.max(score, BELOW_NAMED), score + CALLER_SHARE * r.score));
    }
  }
  // Of equals, the one the lead ranking put first.
  const first = new Map<string, number>();
  for (const [i, r] of [...lead, ...add].entries()) if (!first.has(r.key)) first.set(r.key, i);
  const ranking = [...scores]
    .map(([key, score]) => ({ key, score }))
    .sort((a, b) => b.score - a.score || (first.get(a.key) ?? 0) - (first.get(b.key) ?? 0));
  return { ranked: ranking, said: asked, also: null, named: [...namedIn(index, asked)] };
}

/** The departments whose own description or keywords say they take in the post. */
function postTakenIn(dir: Directory): string[] {
  return dir.departments
    .filter((d) =>
      [d.description?.zh, d.description?.en, ...d.keywords.zh, ...d.keywords.en].some(
        (words) => words !== undefined && TAKES_POST.test(words),
      ),
    )
    .map((d) => d.key);
}

const NOWHERE: readonly string[] = [];

/** What a request read as a whole does to the ranking of its words. */
interface Read {
  meant: Meant;
  /** The departments the request alone is for, and so ranked at least as a phrase of theirs. */
  alone: readonly string[];
  /** Whether every word said is theirs, a department's name too: only where something was left. */
  all: boolean;
}

/** How a department the request alone is for ranks, when nothing said points to it more. */
const READ_ALONE = CONFIDENT;

/**
 * Where the words of a request read as a whole go ("我买的耳机 物流一直没更新" is customer
 * service's): the kinds it names another's work with go to the departments of the first kind
 * the reading gives that the directory has, the complaints department of them when it is one. A
 * department all of whose kinds are those gives its own words up too, but not its name said whole.
 */
function readIn(dir: Directory, index: DepartmentIndex, utterance: string): Read | null {
  const departmentsOf = (kinds: ReadonlySet<Kind>) =>
    dir.departments.filter((d) => index.kinds.get(d.key)?.some((k) => kinds.has(k))).length;
  const reading = readingOf(said(utterance), departmentsOf);
  if (!reading) return null;
  let to: string[] = [];
  for (const kind of reading.to) {
    to = dir.departments.filter((d) => index.kinds.get(d.key)?.includes(kind)).map((d) => d.key);
    if (to.length > 0) break;
  }
  if (to.length === 0) return null;
  const complaints = dir.organisation.complaintsDepartment;
  if (complaints !== undefined && to.includes(complaints)) to = [complaints];
  const others = reading.from;
  const given = (department: string) => {
    const kinds = index.kinds.get(department) ?? [];
    return others === "all" || (kinds.length > 0 && kinds.every((k) => others.has(k)));
  };
  const meant: Meant = (department, from, weight) => {
    if (to.includes(department)) return [department];
    if (others === "all") return to;
    if (isKind(from)) return others.has(from as Kind) ? to : [department];
    return given(department) && !(from === "name" && weight >= 1) ? to : [department];
  };
  return { meant, alone: reading.alone ? to : NOWHERE, all: others === "all" };
}

/** A ranking with the departments a request alone is for ranked at least as their phrase. */
function withRead(ranked: Ranked[], read: Read | null): Ranked[] {
  if (!read || read.alone.length === 0) return ranked;
  const scores = new Map(ranked.map((r) => [r.key, r.score]));
  for (const key of read.alone) scores.set(key, Math.max(scores.get(key) ?? 0, READ_ALONE));
  const first = new Map(ranked.map((r, i) => [r.key, i]));
  return [...scores]
    .map(([key, score]) => ({ key, score }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        (first.get(a.key) ?? Number.MAX_SAFE_INTEGER) -
          (first.get(b.key) ?? Number.MAX_SAFE_INTEGER),
    );
}

function departmentsAskedIn(
  dir: Directory,
  index: DepartmentIndex,
  utterance: string,
  said: Said,
): DepartmentsHeard {
  const asked = withoutPlaceLeft(index, said) ?? said;
  const rest = withoutAffiliation(index, asked);
  const asksElsewhere = rest !== null && rankDepartments(index, rest).length > 0;
  const heard = asksElsewhere ? rest : asked;
  const named = [...namedIn(index, heard)];
  // "it's Zhang Wei from Sales, my email is locked": the clause saying who calls asks for nothing.
  const clause = (c: string) => {
    const part = cleaned(saidApart(c));
    return asksElsewhere ? (withoutAffiliation(index, part) ?? part) : part;
  };
  const read = readIn(dir, index, utterance);
  const called = read?.all ? named.filter((d) => read.alone.includes(d)) : named;
  return {
    ...departmentsHeardIn(index, looseIndex(dir), utterance, heard, clause, read),
    named: called,
  };
}

/** A clause that only says where the caller is: "我在停车场", "we're at the main gate". */
const WHERE_CALLER_IS_ZH =
  /^(我|我们|我人)(现在|正|刚|已经)?(在|到了)(?!等|找|问|办|订|打|联系|申请|排队|看|用|做)[\u3400-\u9fff\da-z]{1,10}$/;
const WHERE_CALLER_IS_EN =
  /^(im|i am|were|we are)( (now|currently|just|still|already|right))? (in|at|outside|inside|by|near) (the |your |a )?[a-z\d ]{1,30}$/;

function onlyWhereCallerIs(clause: Said): boolean {
  return WHERE_CALLER_IS_ZH.test(clause.compact) || WHERE_CALLER_IS_EN.test(clause.spaced);
}

/** Words that plainly ask for one department; "团队要入住" might be two. */
function clear(ranked: Ranked[]): boolean {
  return (ranked[0]?.score ?? 0) >= CONFIDENT && (ranked[1]?.score ?? 0) < (ranked[0]?.score ?? 0);
}

function departmentsHeardIn(
  index: DepartmentIndex,
  loose: LooseIndex,
  utterance: string,
  heard: Said,
  clause: (text: string) => Said,
  read: Read | null = null,
): Omit<DepartmentsHeard, "named"> {
  const meant = read?.meant;
  const clauses = clausesOf(utterance);
  if (clauses.length >= 2) {
    const saids = clauses.map(clause);
    // "我在停车场，车被刮了": where the caller is says what the call is about no more than who they are.
    const rankings = saids.map((c) =>
      onlyWhereCallerIs(c) ? [] : rankDepartments(index, c, false, meant),
    );
    const first = rankings.findIndex(clear);
    if (first >= 0) {
      const ranked = rankings[first] as Ranked[];
      const lead = ranked[0]?.key;
      const later = rankings
        .slice(first + 1)
        .map((r) => r[0])
        .find((r) => r !== undefined && r.score >= CONFIDENT && r.key !== lead);
      if (!rankings.slice(first + 1).every((r) => r.length === 0 || clear(r))) {
        return {
          ranked: withRead(rankDepartments(index, heard, false, meant), read),
          said: heard,
          also: null,
        };
      }
      return {
        ranked: withRead(ranked, read),
        said: saids[first] as Said,
        also: later?.key ?? null,
      };
    }
  }
  const ranked = withRead(rankDepartments(index, heard, false, meant), read);
  if (ranked.length > 0) {
    return { ranked: withOwnWords(index, ranked, loose, heard), said: heard, also: null };
  }
  // Nothing heard in the characters written: the same sounds in others ("定房", "发漂").
  const byEar = /[\u3400-\u9fff]/.test(heard.compact)
    ? rankDepartments(index, heard, true, meant)
    : [];
  if (byEar.length > 0) return { ranked: byEar, said: heard, also: null };
  // No phrase at all: the single words shared with a department's own, to be confirmed.
  return { ranked: looseMatches(loose, heard), said: heard, also: null };
}

/** What the single words a department's own name and description share with the caller add. */
const OWN_WORDS_SHARE = 0.25;
const BELOW_NAMED = 0.99;

/**
 * The phrases' ranking, with the single words the caller shares with each department's own name
 * and description added as one more phrase would be ("car loans" in a description, "I want a loan
 * for the car"): what the organisation wrote of itself counts beside the built-in vocabulary.
 */
function withOwnWords(
  index: DepartmentIndex,
  ranked: Ranked[],
  loose: LooseIndex,
  heard: Said,
): Ranked[] {
  const shared = looseMatches(loose, heard, phrasesHeardWhole(index, heard));
  const scores = new Map(ranked.map((r) => [r.key, r.score]));
  for (const m of shared) {
    const score = scores.get(m.key) ?? 0;
    // Shared words never make a department as sure as being called by its name (a score of 1).
    if (score < 1) scores.set(m.key, Math.min(BELOW_NAMED, score + OWN_WORDS_SHARE * m.score));
  }
  const first = new Map(ranked.map((r, i) => [r.key, i]));
  const found = [...scores].map(([key, score]) => ({ key, score }));
  // Two departments heard alike: the one more of whose own words were said leads.
  const top = Math.max(...found.map((f) => f.score));
  const tied = found.filter((r) => r.score === top);
  const said =
    tied.length > 1
      ? ownWordsSaid(
          loose,
          tied.map((r) => r.key),
          heard,
        )
      : new Map<string, number>();
  return found.sort(
    (a, b) =>
      b.score - a.score ||
      (said.get(b.key) ?? 0) - (said.get(a.key) ?? 0) ||
      (first.get(a.key) ?? Number.MAX_SAFE_INTEGER) - (first.get(b.key) ?? Number.MAX_SAFE_INTEGER),
  );
}

/**
 * The department the ranking points to, as sure as its lead over the next one. One department
 * called by its name ("客房中心", "Housekeeping") is the one asked for, whatever else was said.
 */
function departmentIn(
  { ranked: heard, said, also, named }: DepartmentsHeard,
  dir: Directory,
): Understanding {
  const called = named.filter((d) => d !== operatorOf(dir));
  const byName = called.length === 1 ? called[0] : undefined;
  const ranked = byName
    ? [...heard.filter((d) => d.key === byName), ...heard.filter((d) => d.key !== byName)]
    : heard;
  const [best, second] = ranked;
  if (!best) return { kind: "unknown", alternatives: [] };
  const others = ranked.slice(1);
  const measured = leadConfidence(best, second, onlyEchoes(dir, said, best.key, others));
  // Heard alone, the operator is what a caller who doesn't know whom to ask wants: not asked.
  const sure = best.key === byName || (best.key === operatorOf(dir) && !second);
  const confidence = sure ? Math.max(measured, CONFIDENT) : measured;
  return {
    kind: "department",
    department: best.key,
    confidence,
    alternatives: others.slice(0, 2).map((d) => d.key),
    ...(also ? { also } : {}),
  };
}

/**
 * Whether every other department was heard only in words that point to the lead too, and the lead
 * in words of its own as well ("counsel" is every legal team's, "arbitration" one's): the caller's
 * words fit the lead better than any other, and there is nothing to choose between.
 */
function onlyEchoes(dir: Directory, said: Said, lead: string, others: Ranked[]): boolean {
  if (others.length === 0) return false;
  const index = departmentIndex(dir);
  const whole = phrasesHeardWhole(index, said);
  const pointsTo = new Map<string, Set<string>>();
  const add = (words: string, department: string) => {
    const to = pointsTo.get(words) ?? new Set<string>();
    to.add(department);
    pointsTo.set(words, to);
  };
  for (const p of whole) add(p.phrase, p.department);
  for (const m of looseMatches(looseIndex(dir), said, whole)) {
    // Kept apart from a phrase spelled the same, which may point to other departments.
    for (const word of m.words) add(` ${word}`, m.key);
  }
  const heard = [...pointsTo.values()];
  return others.every(
    ({ key }) =>
      heard.every((to) => !to.has(key) || to.has(lead)) &&
      heard.some((to) => to.has(lead) && !to.has(key)),
  );
}

/**
 * "财务的李姐", "the Chen who handles bookings": the staff with that surname in the department
 * named or implied by the rest of what was said. One fits: them. Two: the caller is asked which.
 * None there: the department named, whose people know whom the caller means.
 */
function titledPerson(dir: Directory, titled: Titled, heard: Said): Understanding | null {
  const departmentOf = (key: string) => staffDepartment(dir, key) ?? "";
  const rest = withoutNames(heard, titled);
  const ranked = rankDepartments(departmentIndex(dir), rest);
  // The department the rest of the words point to: "the Chen who handles bookings". Of several
  // tied ("客服的黄经理" where three answer to 客服), the one of them the person works in.
  const pointed = pointedTo(ranked);
  let fits = titled.candidates;
  let confidence = titled.confidence;
  const there = fits.filter((k) => pointed.includes(departmentOf(k)));
  if (pointed.length === 1 && there.length === 0) {
    return departmentIn({ ranked, said: rest, also: null, named: [] }, dir);
  }
  if (there.length > 0) {
    fits = there;
    confidence = CONFIDENT + 0.05;
  } else if (titled.kinds.length > 0) {
    const kinds = kindsOf(dir);
    const ofKind = fits.filter((k) =>
      kinds.get(departmentOf(k))?.some((kind) => titled.kinds.includes(kind)),
    );
    if (ofKind.length > 0) {
      fits = ofKind;
      confidence = CONFIDENT;
    }
  }
  const [first, second] = fits;
  if (!first) return null;
  if (second) return { kind: "person", staff: first, confidence: 0.5, alternatives: [second] };
  // "Mr Becker" at a company is the one member of staff of that name; at a hotel, maybe a guest.
  if (titled.afterTitle && dir.organisation.kind === "company") {
    return { kind: "person", staff: first, confidence: Math.max(confidence, CONFIDENT) };
  }
  return { kind: "person", staff: first, confidence };
}

/** The departments words point to: the one clearly ahead, or those tied at the top. */
function pointedTo(ranked: Ranked[]): string[] {
  const [lead] = ranked;
  if (!lead || lead.score < 0.4) return [];
  return ranked.filter((d) => d.score === lead.score).map((d) => d.key);
}

/** What was said with the titled surnames taken out, so "王经理" does not name the duty manager. */
function withoutNames(heard: Said, titled: Titled): Said {
  let spaced = heard.spaced;
  for (const words of titled.said) spaced = spaced.replace(words, " ");
  return saidApart(spaced);
}

/**
 * Why the words went where they went: each phrase heard, the department it points to, where that
 * came from (the department's name, description or keywords, or its kind) and what it weighed.
 */
export function whyDepartments(utterance: string, dir: Directory): string[] {
  const index = departmentIndex(dir);
  const heard = cleaned(saidApart(utterance));
  const phrases = explainDepartments(index, heard).map((c) => {
    // A near-synonym says which of the directory's words it stood for.
    const from = c.for !== undefined ? `${c.from} "${c.for}"` : c.from;
    return `"${c.phrase}" → ${c.department} (${from}, ${c.weight})`;
  });
  // Beside phrases, shared words add a share of their score; alone, they are all there is.
  const shared = looseMatches(looseIndex(dir), heard, phrasesHeardWhole(index, heard)).map((m) => {
    const words = m.words.map((w) => `"${w}"`).join(" ");
    return phrases.length > 0
      ? `${words} → ${m.key} (own words, +${(OWN_WORDS_SHARE * m.score).toFixed(2)})`
      : `${words} → ${m.key} (loose words, ${m.score.toFixed(2)})`;
  });
  return [...phrases, ...shared];
}

/** Whether these words alone are a department's words here: "孩子" at a hospital, not a hotel. */
export function departmentsWord(words: string, dir: Directory): boolean {
  return rankDepartments(departmentIndex(dir), cleaned(said(words))).length > 0;
}

/** Whether the directory's own words for the department were said, not only its kind's. */
export function saidInOwnWords(utterance: string, dir: Directory, department: string): boolean {
  return ownWordsHeard(departmentIndex(dir), cleaned(said(utterance)), department);
}

/**
 * Whether a name is the organisation's own, one of its departments' or of someone working there
 * ("the number for Lin Jiayi's office"): not somewhere else.
 */
function ourName(dir: Directory, phrase: string): boolean {
  const name = said(phrase);
  if (findPeople(dir, name).staff) return true;
  const own = said(`${dir.organisation.name.zh ?? ""} ${dir.organisation.name.en ?? ""}`);
  if (own.compact.includes(name.compact) || name.compact.includes(own.compact)) return true;
  return rankDepartments(departmentIndex(dir), name).some((r) => r.score >= 0.7);
}
