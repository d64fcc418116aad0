/** The words of a question that say what it is about: Chinese character pairs, English words. */

/** Words around a question that say nothing about which one it is. */
const ZH_FILLER_WORDS = "请问|你好|您好|麻烦|一下|你们|贵|我想|我要|想问|问问|的|吗|呢|吧|啊|呀|了";
const ZH_FILLER = new RegExp(ZH_FILLER_WORDS, "g");
/** Words a question is put in that say nothing of what it is about: "可以", "有没有". */
export const ZH_FRAME = new RegExp(
  `${ZH_FILLER_WORDS}|有没有|能不能|可不可以|是不是|会不会|可以|能|是|需要|要|有|在|什么|么|哪些|多少`,
  "g",
);
export const EN_FILLER = new Set([
  "i",
  "you",
  "your",
  "we",
  "is",
  "are",
  "do",
  "does",
  "can",
  "could",
  "what",
  "whats",
  "how",
  "when",
  "where",
  "there",
  "and",
  "of",
  "in",
  "at",
  "for",
  "it",
  "my",
  "me",
  "hotel",
  "hello",
  "hi",
]);

/** The same in English: "where can I check my …". */
export const EN_FRAME = new Set([
  "get",
  "check",
  "find",
  "know",
  "need",
  "want",
  "go",
  "come",
  "see",
]);

/** The Chinese characters of a text, without fillers: run together, or with `gap` between runs. */
export function cjkOnly(compact: string, gap = ""): string {
  return compact
    .replace(/[^\u3400-\u9fff ]/g, gap)
    .replace(ZH_FILLER, gap)
    .replace(/ +/g, gap);
}

export function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => !EN_FILLER.has(w));
}

export function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}
