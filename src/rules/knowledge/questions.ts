import type { Said } from "../text.ts";
import { cleaned } from "../understand/speech.ts";

/** Whether the caller asks a question, asks to be told, or asks to be put through. */

/**
 * Asking for information, not asking to be put through: "早餐几点", "where do I park", and a verb
 * said twice around 不 or 没 ("周六上不上班", "收不收现金", "到没到").
 */
const QUESTION_ZH =
  /([\u3400-\u9fff])[不没]\1|吗|么|呢|几点|几时|几楼|几层|几号|几岁|几天|几年|几个月|几月|几次|几种|几周|什么时候|多久|多少|多长|多远|怎么|怎样|如何|哪(?!怕)|什么|有没有|能不能|可不可以|是不是|是否|请问|想问|想知道|问一下|问下/;
/**
 * "Can I …?" asks; "can you …" is a request to do something, and goes to routing, unless it asks
 * what the organisation does ("can you guys ship batteries", "can you issue a VAT invoice").
 */
const QUESTION_EN =
  /^(is|are|do|does)\b|\b(what|whats|when|where|how|which)\b|\b(can|could|may) (i|we)\b|\b(can|could) you (guys )?(issue|ship|accept|provide|offer|sell|handle)\b|\bis there\b|\bare there\b|\bdo you\b|\bwondering\b|\bwant to know\b|\blike to know\b|\btell me\b/;

/** A question put the other way round: "are you open", "do any of your lawyers speak Japanese". */
const INVERTED_EN = /^(is|are|do|does|did|have|has)\b/;

/**
 * Saying one has a question, and what is no question after all: "我想问一下", "想问 算了" ask
 * nothing yet.
 */
const ANNOUNCED_ZH =
  /请问(一下)?|(我)?想(问|知道|咨询|打听)(一下|下|问)?|问(一下|下)|咨询(一下|下)|打听(一下|下)|算了|没事了|不用了/g;

export function asksQuestion(text: Said): boolean {
  if (QUESTION_EN.test(text.spaced)) return true;
  if (!QUESTION_ZH.test(text.compact)) return false;
  // The announcement alone, with nothing asked after it.
  const rest = cleaned(text)
    .compact.replace(ANNOUNCED_ZH, "")
    .replace(/[^\u3400-\u9fff]/g, "");
  return rest.replace(/^(我们?|你们?|你好|您好)+/, "") !== "" || text.words.length > 0;
}

/**
 * The same, read past the greeting or hesitation a question may open with: "hello are you open on
 * Sundays". A house rule nothing answers is still read from the words as said (see
 * `asksUnansweredPolicy`): read past the opening, it offered a person to more callers who wanted a
 * department than it helped.
 */
export function asksQuestionAfterOpening(text: Said): boolean {
  return asksQuestion(text) || INVERTED_EN.test(cleaned(text).spaced);
}

/** "地址发我一下", "tell me the wifi password": asking to be told, which is a question too. */
const TELL_ME_ZH =
  /(发|告诉|给|报)我(一下)?(吧|呗)?$|发给我|告诉我|发一下|报一下|说一下|(信息|资料|地址|密码|税号|时间)(是)?(多少|什么)/;
const TELL_ME_EN =
  /\b(tell|send|give|text|email) me (the|your)\b|\bi need (the|your) (address|password|details|number)\b/;

export function asksToBeTold(text: Said): boolean {
  return TELL_ME_ZH.test(text.compact) || TELL_ME_EN.test(text.spaced);
}

/**
 * "帮我接一下", "put me through", "I'd like to book one", "找谁": a request, whatever else it asks.
 */
const PUT_THROUGH_ZH =
  /(帮我|给我|麻烦)(接|转)|给谁|问谁|联系谁|转(一下|给|到|接)|接(一下|到|通)|找一下|找个人|派(个)?人|叫(个)?人|(帮我|帮忙|麻烦你?)(查|看|问|订|约|安排|改|换|取消|处理|办|补|退)|(我想|我要|想要)(给.{1,4})?(订|预订|预约|报名|报个|办|申请|续)|找谁|谁管|谁负责|哪个部门|管不管|管一下/;
const PUT_THROUGH_EN =
  /\b(put me through|connect me|transfer me|speak (to|with)|talk (to|with)|send (someone|somebody)|i need someone|can someone|(can|could) you (check|look into|find out|change|update|correct|fix|cancel|sort out)|(id|i would|i want to|i wanna) (like to )?(book|reserve)|book (one|a|an|me)|who (do|should|can) (i|we) (ask|see|contact|give|hand|send|return|report|call)|who (handles|deals with|is in charge of)|(is|are) (there )?(someone|somebody|anyone|anybody))\b/;

/**
 * The caller's own case, which someone has to look into: what they filled in wrong, what has not
 * come, what was charged twice, what they forgot to bring. The knowledge base tells how things
 * are, not what became of theirs.
 */
const OWN_CASE_ZH =
  /(填|写|弄|搞|输|打|交)错|改一下|修改|更改|重开|重新开|还没(有)?(退|到|付|结|收到|给|办|处理|回|发)|丢了|到期|过期|忘(了)?带|没带/;
const OWN_CASE_EN =
  /\b(by mistake|forgot (my|to bring)|didnt bring|left my \w+( \w+)? at home|charged twice|paid twice|wrong (address|number|name|date|details|amount)|(still|yet to) (hasnt|havent|has not|have not|not)|hasnt (been|arrived|come)|havent (been|received|got)|(change|update|correct) (my|our|the) (address|booking|order|details|name|number))\b/;

/**
 * "Can I …" or "能不能 …" of the caller's own occasion, near at hand (tonight, tomorrow, now), asks
 * for it to be arranged ("can I settle the bill tonight", "现在过去能不能提前办入住"), where the
 * same without it asks how things are ("可以提前入住吗"), and so does a visit planned for a weekend
 * ("we'd like to visit this weekend, can we just walk in"); unless it asks when, where or how much.
 */
const MAY_I_ZH = /能不能|可不可以|可以|能否|行不行/;
const OCCASION_ZH = /今天|今晚|明天|明早|明晚|现在|马上|待会|等会|一会儿|刚(到|下|落地)/;
const MAY_I_EN = /\b(can|could|may) (i|we)\b/;
const OCCASION_EN =
  /\b(tonight|tomorrow|today|right now|this (morning|afternoon|evening)|later today)\b/;
const ASKS_WHAT_ZH = /几点|几时|什么时候|多少|多久|多长|多远|哪|怎么|怎样|如何|什么/;
const ASKS_WHAT_EN = /\b(what|whats|when|where|how|which)\b/;

/** "能不能安排…", "能不能把房费结了", "can you arrange …": something to be done, not a question. */
const ARRANGE_ZH = /(能不能|可不可以|可以|能否|麻烦)(帮我们?|给我们?)?(安排|把)/;
const ARRANGE_EN = /\b(can|could|would) you (please )?(arrange|organise|organize|set up|prepare)\b/;

function asksForOwnOccasion(text: Said): boolean {
  const zh =
    MAY_I_ZH.test(text.compact) &&
    OCCASION_ZH.test(text.compact) &&
    !ASKS_WHAT_ZH.test(text.compact);
  const en =
    MAY_I_EN.test(text.spaced) && OCCASION_EN.test(text.spaced) && !ASKS_WHAT_EN.test(text.spaced);
  return zh || en || ARRANGE_ZH.test(text.compact) || ARRANGE_EN.test(text.spaced);
}

/**
 * Wanting to work there ("我想去你们工厂上班", "你们招不招人", "are you hiring"): a job seeker, not a
 * question of opening hours.
 */
const TO_WORK_HERE_ZH =
  /想(去|来|到|在)(你们)?[\u3400-\u9fff]{0,4}(上班|工作)|招不招|还招人|在招人|招人吗|缺不缺人/;
const TO_WORK_HERE_EN =
  /\b(want|like|love|hoping|looking) to work (for|at|with) (you|your)\b|\b(are|is) (you|anyone|anybody|the \w+) (still )?hiring\b/;

export function asksToBePutThrough(text: Said): boolean {
  return (
    TO_WORK_HERE_ZH.test(text.compact) ||
    TO_WORK_HERE_EN.test(text.spaced) ||
    PUT_THROUGH_ZH.test(text.compact) ||
    PUT_THROUGH_EN.test(text.spaced) ||
    OWN_CASE_ZH.test(text.compact) ||
    OWN_CASE_EN.test(text.spaced) ||
    asksForOwnOccasion(text)
  );
}
