import { anyOf, latinWords, type Said } from "../text.ts";

/**
 * Speech as it arrives: fillers, hesitations, words said twice, and the recogniser's spellings.
 * What is left is what the caller asked for, read the same way the directory's words are.
 */

/** A caller making sure they are heard ("听得到吗", "can you hear me"): no request either. */
export const LINE_CHECK_ZH = "(?:你)?(?:能)?听(?:得)?(?:到|见)(?:我)?(?:说话)?吗";
export const LINE_CHECK_EN = "can you hear me|are you there";

/** Sounds and words that carry no request: dropped before matching. */
const FILLER_ZH = `嗯+|呃+|啊+|哦+|噢|唉|哎+呀?|诶|欸|呐|喂+|那个|这个|就是说|就是|然后|的话|怎么说呢|是这样的|是这样|我想想|你知道|对吧|吧啦|${LINE_CHECK_ZH}`;
const FILLER_EN = `um+|uh+|uhm|er+|erm|ah+|hmm+|mm+|mhm|like|you know|i mean|so|well|basically|actually|yeah|okay|ok|oh|hey|hi|hello|hiya|yes|good (?:morning|afternoon|evening|day)|${LINE_CHECK_EN}`;
const FILLERS_ZH = new RegExp(FILLER_ZH, "g");
const FILLERS_EN = new RegExp(`\\b(?:${FILLER_EN})\\b`, "g");

/**
 * The operator addressed before the request ("老师 我不知道找哪个部门", "师傅 帮我转一下"): a
 * courtesy, not a teacher asked for. Only first, and only with a pause after it.
 */
const VOCATIVE_ZH =
  /^ *(?:老师|师傅|美女|帅哥|小姐姐|小哥哥|小妹|同志|亲|阿姨|大姐|大哥)(?:您?好)? (?=\S)/;

/** A word or a run of up to four characters said twice in a row: "我我想", "房卡 房卡", "the the". */
const REPEATED_EN = /\b([a-z]+)( \1\b)+/g;
const REPEATED_ZH = /([\u3400-\u9fff]{1,4})\1+/g;

/** Doubled characters that are words in their own right, never a stammer. */
const DOUBLED_WORDS =
  /谢谢|看看|问问|试试|等等|刚刚|常常|天天|慢慢|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|宝宝|爷爷|奶奶|星星|人人|个个|明明|渐渐|稍稍|快快|好好/;

/** The recogniser's spellings of what callers say, as one form. */
const RECOGNISER_EN: [RegExp, string][] = [
  [/\bin voice(s)?\b/g, "invoice$1"],
  [/\bhouse keeping\b/g, "housekeeping"],
  [/\bwi fi\b|\bwhy fi\b|\bwifi\b/g, "wifi"],
  [/\be mail\b/g, "email"],
  [/\bair con\b/g, "aircon"],
  [/\bfront desks?\b/g, "front desk"],
  [/\bconcierges?\b|\bconsierge\b/g, "concierge"],
  [/\bh r\b/g, "hr"],
  [/\bi t\b/g, "it"],
  [/\bq a\b/g, "qa"],
  [/\bq c\b/g, "qc"],
  [/\br & d\b|\br d\b|\brnd\b/g, "r and d"],
  [/\bfa piao\b/g, "fapiao"],
  [/\bcheck (in|out)\b/g, "check $1"],
  [/\belevators?\b/g, "lift"],
];

/** Characters the recogniser writes for the ones callers meant, in the words they go with. */
const RECOGNISER_ZH: [RegExp, string][] = [
  [/定(房|个房|一间|两间)/g, "订$1"],
  [/帐(单|号|目)|(对|结|算)帐/g, "$2账$1"],
  // "招单证员吗", "招不招司机": hiring for a role is a question for HR, whatever the role; a
  // school's students ("招研究生吗", "招多少学生") are admitted, not hired, though "招你们的学生" is.
  [
    /招(?!聘|待|商|标|呼|牌)(?=[\u3400-\u9fff]{1,5}?(员|工|师|(?<!(?<![大的])学|研究|插班|新|本科|专科|艺术|特长|体育|高中|初中)生|人)(吗|么|嘛|不|啊|呢|$))/g,
    "招聘",
  ],
];

/** Fillers and greetings that open a call and say nothing: "喂 你好 嗯", "hi um yeah so". */
const OPENING = new RegExp(
  `^(?:[\\s,.!?;:，。！？、；：…~-]+|你好|您好|${FILLER_ZH}|\\b(?:${FILLER_EN})\\b)+`,
  "i",
);
/** A lone hesitation between words: "我 嗯 想订房", "I um need". */
const HESITATION = /(^|[\s,，])(?:嗯+|呃+|um+|uh+|uhm|er+|erm)(?=[\s,，。.]|$)/gi;

/**
 * What the caller said, as they said it but without the hesitations and greetings in front:
 * what a staff member is told the caller wants ("来电人说：“…”"). Empty when that was all.
 */
export function withoutOpening(utterance: string): string {
  const plain = utterance
    .replace(HESITATION, "$1")
    .replace(/\s{2,}/g, " ")
    // Chinese is written without spaces: the recogniser's pauses are not the caller's words.
    .replace(/([\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, "$1");
  return plain.replace(OPENING, "").trim();
}

/** The words of a turn without its fillers and stammers, in the shape `said` gives. */
export function cleaned(text: Said): Said {
  // A turn cleans the same words more than once: the last are kept.
  if (lastCleaned && lastCleaned.from.spaced === text.spaced) return lastCleaned.to;
  const to = cleanedAfresh(text);
  lastCleaned = { from: text, to };
  return to;
}

let lastCleaned: { from: Said; to: Said } | null = null;

// Most turns have none of the recogniser's spellings: one test says so.
const ANY_RECOGNISER_EN = anyOf(RECOGNISER_EN.map(([p]) => p));
const ANY_RECOGNISER_ZH = anyOf(RECOGNISER_ZH.map(([p]) => p));

function cleanedAfresh(text: Said): Said {
  let spaced = text.spaced;
  spaced = spaced.replace(FILLERS_EN, " ");
  if (ANY_RECOGNISER_EN.test(spaced)) {
    for (const [pattern, to] of RECOGNISER_EN) spaced = spaced.replace(pattern, to);
  }
  spaced = spaced.replace(FILLERS_ZH, " ");
  spaced = spaced.replace(VOCATIVE_ZH, " ");
  if (ANY_RECOGNISER_ZH.test(spaced)) {
    for (const [pattern, to] of RECOGNISER_ZH) spaced = spaced.replace(pattern, to);
  }
  spaced = spaced.replace(REPEATED_EN, "$1");
  spaced = collapseRepeats(spaced);
  spaced = spaced.replace(/\s+/g, " ").trim();
  if (spaced === text.spaced) return text;
  return { spaced, compact: spaced.replace(/ /g, ""), words: latinWords(spaced) };
}

function collapseRepeats(spaced: string): string {
  // Joined first, so "张 张伟" and "张张伟" are heard alike; spaces between Latin words stay.
  return spaced
    .replace(/([\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, "$1")
    .replace(REPEATED_ZH, (run: string, part: string) => (DOUBLED_WORDS.test(run) ? run : part));
}

/** Where one request ends and another begins: "我要退房，另外帮我叫辆车". */
const CLAUSE_BREAK =
  /[，。？！；,.?!;]|(?:另外|还有就是|还有|顺便|对了|再就是|以及|然后还|同时)|\b(?:and also|also|another thing|by the way|plus|as well as|and then)\b/g;

/** The clauses of what was said, when there are two or more; otherwise none. */
export function clausesOf(utterance: string): string[] {
  const parts = utterance.split(CLAUSE_BREAK).filter((p) => p !== undefined && p.trim() !== "");
  return parts.length >= 2 ? parts : [];
}

/** Where speech pauses: at punctuation, and where the recogniser spaces Chinese words apart. */
const PAUSE = /[，。？！；,.?!;]+|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/;

/** What was said, a piece between each pause and the next. */
export function partsOf(utterance: string): string[] {
  return utterance.split(PAUSE).filter((part) => part.trim() !== "");
}

/**
 * Where a turn's parts begin: its pauses, and "and I …" after an English introduction ("I'm a
 * new student and I want …").
 */
const PART_BREAK = new RegExp(`(${PAUSE.source}|\\s+(?=and (?:i|we|id|wed|im|were|my|our)\\b))`);

/** Who is calling, said first: "我是给你们拉货的车队", "I'm with a trucking firm", "this is ward 6". */
const INTRODUCTION_ZH = /^(?:我|我们|咱们|咱)(?:这边|这里)?(?:是|算是)|^(?:这里|这边)是/;
const INTRODUCTION_EN =
  /^(?:and )?(?:this is (?!about|regarding|for|urgent|an? (?:emergency|complaint))|(?:im|i am|were|we are) (?:a|an|the|with|from|one of|part of|on|at|calling from|ringing from)\b|my name is|(?:i|we) work (?:for|at|in|with)\b|(?:calling|ringing) from\b)/;
/** A title said after the introduction, as its own part: "我是银行的 客户经理". */
const TITLE_ZH =
  /^[\u3400-\u9fff]{0,5}(?:经理|主管|专员|主任|助理|秘书|会计|出纳|业务员|负责人|老板|司机)$/;
/** What asks for something, which no introduction does: "我是想问", "I'm a guest and need …". */
const ASKS_ZH = /想|要|请|麻烦|帮|找|问|能不能|可以|需要|打听|咨询|来/;
const ASKS_EN =
  /\b(?:need|want|wanna|would like|id like|like to|can|could|please|help|looking|wondering|interested|about|question|ask|have a|got a)\b/;

/**
 * What a caller asks for, without the introduction they gave first ("我是给你们拉货的车队，运费
 * 还没结" asks about the freight charges, not for dispatch); null when there was none, or nothing
 * followed it.
 */
export function withoutIntroduction(utterance: string): string | null {
  // The parts at even places, what broke them at odd ones: the rest is kept as it was said.
  const parts = utterance.normalize("NFKC").toLowerCase().replace(/'/g, "").split(PART_BREAK);
  let at = 0;
  let introduced = false;
  while (at < parts.length && at < 6) {
    const part = withoutOpening(parts[at] as string);
    if (part !== "") {
      const zh =
        (INTRODUCTION_ZH.test(part) || (introduced && TITLE_ZH.test(part))) && !ASKS_ZH.test(part);
      const en = INTRODUCTION_EN.test(part) && !ASKS_EN.test(part);
      if (!zh && !en) break;
      introduced = true;
    }
    at += 2;
  }
  const rest = parts.slice(at).join("").trim();
  return introduced && rest !== "" ? rest : null;
}
