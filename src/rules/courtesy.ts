import type { Organisation } from "./directory.ts";
import { said } from "./text.ts";
import { LINE_CHECK_EN, LINE_CHECK_ZH } from "./understand/speech.ts";

// Courtesies, not requests: "喂？你好", making sure whom they have reached ("喂，是湖畔酒店吗？"),
// and "再见". A switchboard answers them in kind; none is a question for the knowledge base, nor a
// reason to offer the operator.

const GENERIC_ZH = { hotel: ["酒店", "宾馆", "饭店"], company: ["公司"] } as const;
const GENERIC_EN = { hotel: ["the hotel"], company: ["the company", "the office"] } as const;
const SUFFIX_ZH = /(大酒店|酒店|宾馆|饭店|有限公司|集团|公司)$/;
const SUFFIX_EN = /\s+(hotel|inc|ltd|limited|company|co|group)\.?$/i;

const ASK_ZH = "吗|么|嘛|吧|对吧|对吗|对不对|没错吧";
const ASK_EN =
  "(?:is|are) (?:this|that|it|you)|am i (?:speaking|talking) (?:to|with)|(?:have i|ive|i have) (?:reached|got|called|rung)";

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words an organisation's name shares with any other: "Is this the hotel?" names none. */
const GENERIC_WORDS_EN = new Set([
  "the",
  "hotel",
  "company",
  "group",
  "international",
  "co",
  "ltd",
]);

/** Whether the caller is asking if they have reached this organisation. */
export function asksWhoAnswered(utterance: string, org: Organisation): boolean {
  const text = said(utterance);
  const zh = org.name.zh;
  if (zh) {
    const names = [zh, zh.replace(SUFFIX_ZH, ""), ...GENERIC_ZH[org.kind]]
      .filter((name) => name.length >= 2)
      .map(literal);
    // "是湖畔酒店吗", "是不是湖畔", "这里是湖畔酒店对吧": 是, the name, then at most the question.
    const asked = new RegExp(`是(?:不是)?(?:${names.join("|")})(?:${ASK_ZH})?$`);
    if (asked.test(text.compact)) return true;
    // "是海通吗" for 宁波海通国际贸易: any two or more characters of the name.
    const part = new RegExp(
      `是(?:不是)?([\\u3400-\\u9fff]{2,8}?)(?:酒店|宾馆|公司|集团)?(?:${ASK_ZH})?$`,
    );
    const said_ = part.exec(text.compact)?.[1];
    if (said_ && zh.includes(said_)) return true;
  }
  const en = org.name.en.toLowerCase();
  const names = [en, en.replace(SUFFIX_EN, ""), ...GENERIC_EN[org.kind]]
    .filter((name) => name.length >= 3)
    .map(literal);
  if (new RegExp(`\\b(?:${ASK_EN}) (?:the )?(?:${names.join("|")})\\b`).test(text.spaced)) {
    return true;
  }
  // "Is this Haitong?", "is this the Qiantang hotel": the name's own words, at the end.
  const own = new Set(en.split(/[^a-z]+/).filter((w) => w !== "" && !GENERIC_WORDS_EN.has(w)));
  const tail = new RegExp(`\\b(?:${ASK_EN}) (?:the )?([a-z ]{3,60})$`).exec(text.spaced)?.[1];
  const words = tail?.split(" ").filter((w) => !GENERIC_WORDS_EN.has(w)) ?? [];
  return words.length > 0 && words.every((w) => own.has(w));
}

const HELLO = new RegExp(
  `^(?:(?:你好|您好|喂|哈喽|嗨|${LINE_CHECK_ZH}|hello|hallo|hi|hey|good (?:morning|afternoon|evening)|${LINE_CHECK_EN})[\\s?？!！,，.。]*)+$`,
  "i",
);

/**
 * "喂？", "你好", "Hello?", "听得到吗": a greeting and nothing else, often a caller unsure they
 * are heard.
 */
export function onlyGreets(utterance: string): boolean {
  return HELLO.test(utterance.trim());
}

const BYE =
  /^(?:(?:好的?|行|嗯|ok|okay|谢谢|多谢|thanks|thank you)[\s,，.。!！]*)*(?:再见|拜拜|拜|bye|bye bye|goodbye|good bye|see you)(?:了|啦|喽)?[\s,，.。!！]*(?:(?:谢谢|thanks|thank you)[\s,，.。!！]*)?$/i;

/** "再见", "OK, bye": the caller is done. */
export function saysGoodbye(utterance: string): boolean {
  return BYE.test(utterance.trim());
}

/** What a courtesy, if the utterance is one, asks of the switchboard. */
export function courtesyIn(
  utterance: string,
  org: Organisation,
): "identity" | "greeting" | "goodbye" | null {
  if (asksWhoAnswered(utterance, org)) return "identity";
  if (onlyGreets(utterance)) return "greeting";
  if (saysGoodbye(utterance)) return "goodbye";
  return null;
}
