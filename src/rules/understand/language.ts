import type { Language } from "../directory.ts";
import type { Said } from "../text.ts";

/**
 * "English, please", "说中文": a request to go on in a language, the other one or (asked to make
 * sure, "do you speak English?") the one the call is in.
 */

const TO_ENGLISH_ZH =
  /(说|讲|用|换成|换到|切换到|切换成|切换|改成|改用|转成)(英文|英语)|^(英文|英语)+(吧|可以吗|好吗|行吗|谢谢|请)?$|会(说|讲)英(文|语)的?人|听不懂中文/;
const TO_ENGLISH_EN =
  /\b(speak|speaks|talk|switch to|switch into|change to|continue in|do this in) english\b|\benglish please\b|^english$|\bin english please\b|\b(dont|do not|cant|cannot) (speak|understand) (chinese|mandarin)\b/;
const TO_CHINESE_ZH =
  /(说|讲|用|换成|换到|切换到|切换成|切换|改成|改用|转成)(中文|汉语|普通话|国语)|^(中文|汉语|普通话|国语)+(吧|可以吗|好吗|行吗|谢谢|请)?$|听不懂英(文|语)/;
const TO_CHINESE_EN =
  /\b(speak|speaks|talk|switch to|switch into|change to|continue in|do this in) (chinese|mandarin)\b|\b(chinese|mandarin) please\b|^(chinese|mandarin)$|\bin (chinese|mandarin) please\b/;

export function languageAskedFor(text: Said): Language | null {
  if (TO_ENGLISH_ZH.test(text.compact) || TO_ENGLISH_EN.test(text.spaced)) return "en";
  if (TO_CHINESE_ZH.test(text.compact) || TO_CHINESE_EN.test(text.spaced)) return "zh";
  return null;
}

const ASKED = [TO_ENGLISH_ZH, TO_ENGLISH_EN, TO_CHINESE_ZH, TO_CHINESE_EN].map(
  (pattern) => new RegExp(pattern.source, "g"),
);

/**
 * What else was said beside the language asked for: "do you speak English, I need housekeeping"
 * asks for housekeeping too; "English please, I don't speak Chinese" asks nothing else.
 */
export function besideLanguageAsked(text: Said): string {
  return ASKED.reduce((rest, pattern) => rest.replace(pattern, " "), text.spaced).trim();
}
