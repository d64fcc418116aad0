import type { Said } from "../text.ts";
import { type Topic, topicsHeard } from "../understand/topics.ts";
import { bigrams } from "./words.ts";

/** The organisation's words for itself, which say nothing of which question is asked. */

/**
 * What any organisation calls itself: "商场在哪里" asks where the mall is, and "你们商场的购物卡
 * 怎么买" asks about a gift card, not about the mall.
 */
const SELF_ZH = [
  "商场",
  "购物中心",
  "百货",
  "酒店",
  "宾馆",
  "饭店",
  "公司",
  "集团",
  "医院",
  "学校",
  "大学",
  "学院",
  "中心",
  "展馆",
  "场馆",
  "园区",
  "小区",
  "度假村",
  "景区",
  "办公室",
  "单位",
  "总部",
  "工厂",
  "门店",
  "律所",
  "事务所",
];
const SELF_EN = [
  "mall",
  "hotel",
  "company",
  "firm",
  "hospital",
  "school",
  "university",
  "college",
  "campus",
  "centre",
  "center",
  "resort",
  "office",
  "headquarters",
  "building",
  "venue",
  "factory",
  "store",
  "clinic",
  "guy",
];
export const SELF_WORDS = [...SELF_ZH.flatMap((w) => [...bigrams(w)]), ...SELF_EN];

/** Topics that are the organisation's own place: "公司", "your office". */
export const SELF_TOPICS = new Set<Topic>(["office"]);

/** How near a topic the organisation's word must be said to be what is asked of: characters, words. */
const NEAR_ZH = 2;
const NEAR_EN = 3;

/**
 * The caller's words without the organisation's words for itself said in passing, away from
 * anything asked: "我在你们商场买的购物卡" speaks of the mall, but asks of the card; "商场几点关门"
 * and "where exactly is the expo centre" still ask of the organisation.
 */
export function withoutSelfInPassing(text: Said, own: Set<string>): Said {
  const heard = topicsHeard(text).filter((h) => !SELF_TOPICS.has(h.topic));
  const near = (space: "zh" | "en", start: number, end: number, by: number) =>
    heard.some((h) => h.space === space && h.start - end <= by && start - h.end <= by);
  const dropZh = new Set<number>();
  for (const word of SELF_ZH) {
    for (let at = text.compact.indexOf(word); at >= 0; at = text.compact.indexOf(word, at + 1)) {
      if (!near("zh", at, at + word.length, NEAR_ZH)) {
        for (let i = at; i < at + word.length; i++) dropZh.add(i);
      }
    }
  }
  const dropEn = new Set<number>();
  text.words.forEach((word, i) => {
    if (own.has(word) && !near("en", i, i + 1, NEAR_EN)) dropEn.add(i);
  });
  if (dropZh.size === 0 && dropEn.size === 0) return text;
  const compact = [...text.compact].filter((_, i) => !dropZh.has(i)).join("");
  const words = text.words.filter((_, i) => !dropEn.has(i));
  return { spaced: text.spaced, compact, words };
}
