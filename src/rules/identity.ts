import type { Organisation } from "./directory.ts";
import { said } from "./text.ts";

// "喂，是湖畔酒店吗？", "Is this the Lakeside Hotel?": callers often first make sure whom they
// have reached. A switchboard says yes and asks how it can help; it is no question to answer
// from the knowledge base, and no reason to offer the operator.

const GENERIC_ZH = { hotel: ["酒店", "宾馆", "饭店"], company: ["公司"] } as const;
const GENERIC_EN = { hotel: ["the hotel"], company: ["the company", "the office"] } as const;
const SUFFIX_ZH = /(大酒店|酒店|宾馆|饭店|有限公司|集团|公司)$/;
const SUFFIX_EN = /\s+(hotel|inc|ltd|limited|company|co|group)\.?$/i;

const ASK_ZH = "吗|么|嘛|吧|对吧|对吗|对不对|没错吧";
const ASK_EN =
  "(?:is|are) (?:this|that|it|you)|am i (?:speaking|talking) (?:to|with)|(?:have i|ive|i have) (?:reached|got|called|rung)";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether the caller is asking if they have reached this organisation. */
export function asksWhoAnswered(utterance: string, org: Organisation): boolean {
  const text = said(utterance);
  const zh = org.name.zh;
  if (zh) {
    const names = [zh, zh.replace(SUFFIX_ZH, ""), ...GENERIC_ZH[org.kind]]
      .filter((name) => name.length >= 2)
      .map(escape);
    // "是湖畔酒店吗", "是不是湖畔", "这里是湖畔酒店对吧": 是, the name, then at most the question.
    const asked = new RegExp(`是(?:不是)?(?:${names.join("|")})(?:${ASK_ZH})?$`);
    if (asked.test(text.compact)) return true;
  }
  const en = org.name.en.toLowerCase();
  const names = [en, en.replace(SUFFIX_EN, ""), ...GENERIC_EN[org.kind]]
    .filter((name) => name.length >= 3)
    .map(escape);
  return new RegExp(`\\b(?:${ASK_EN}) (?:the )?(?:${names.join("|")})\\b`).test(text.spaced);
}
