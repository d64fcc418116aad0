/** A message for the staff who read it: in one line, and how urgent it is. */

export const URGENCIES = ["low", "normal", "urgent"] as const;
export type Urgency = (typeof URGENCIES)[number];

const LONGEST = 80;

/** The first sentence of what was said, shortened to one line. */
export function firstSentence(text: string): string | null {
  const first = text
    .split(/[。！？!?\n]|\s\/\s|\.(?:\s|$)|…/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .find((part) => part.length > 0);
  if (!first) return null;
  return first.length > LONGEST ? `${first.slice(0, LONGEST - 1).trimEnd()}…` : first;
}

/**
 * Urgent is what a message is about, never how it is said: a risk to someone's health or safety,
 * someone waiting right now, or something due today. "Urgent", "很急" or "ASAP" alone change
 * nothing, whoever says them (a caller, or a model echoing one). "No rush" with none of those
 * is low; everything else is normal.
 */
const HEALTH_OR_SAFETY = [
  /受伤|伤到|伤得|流血|出血|骨折|晕倒|昏倒|昏迷|晕过去|不省人事|休克|心脏病|胸口(疼|痛)|胸痛|呼吸困难|喘不过气|过敏|中毒|高烧|发烧|病倒|生病|病了|急诊|救护车|摔倒|摔伤|跌倒|着火|火灾|起火|失火|冒烟|烟味|煤气|燃气|漏气|漏水|水管(爆|裂)|淹水|进水|触电|漏电|被困|困在|电梯(困人|卡住|坏了.{0,4}人)|卡在电梯|打架|斗殴|威胁|抢劫|被偷|被盗|失窃|走丢|失踪|找不到(孩子|小孩|老人)|危险|安全隐患|报警|自杀|轻生/,
  /\b(injur(y|ed|ies)|hurt|bleeding|blood|broken (leg|arm|bone|wrist|ankle)|fainted|passed out|unconscious|collapsed?|heart attack|chest pains?|can'?t breathe|cannot breathe|breathing (problem|difficult)|allergic|allergy|poison(ed|ing)?|fever|sick|ambulance|emergency room|fell (down|over)|fire|smoke|smell(s|ing)? (of )?(gas|burning)|gas leak|leak(ing)?|flood(ed|ing)?|burst pipe|electric shock|sparks?|trapped|stuck in (the )?(lift|elevator)|fight(ing)?|assault(ed)?|threat(ened|ening|s)?|robbed|stolen|theft|missing (child|kid|person)|lost (child|kid)|danger(ous)?|unsafe|police|suicid(e|al))\b/,
];
/** Said of nobody's health or safety: "no one was hurt", "没有人受伤". */
const NOT_AT_RISK =
  /没有?人受伤|没有受伤|没受伤|没有危险|没什么危险|\b(no one|nobody|noone) (was|is|got) (hurt|injured)\b|\bnot (hurt|injured|dangerous|an emergency)\b|\bno (injuries|danger)\b/g;

const WAITING = [
  /(客人|客户|访客|来宾|宾客|有人|朋友|司机|家人|孩子|小孩|老人|领导|老板|代表团|团队)[^，。,.!?！？]{0,10}(在等|等着|等候|等你|等您|等了|干等)|(在|到)(大堂|前台|门口|楼下|大厅|机场|车站|外面)[^，。,.!?！？]{0,4}等|进不(了|去)房间?|锁在(门外|外面|房间里)|房卡(失效|打不开|不能用)|接机的?(人|车)没(来|到)|没人(来)?接/,
  /\b(guests?|clients?|customers?|visitors?|someone|somebody|driver|family|friends?|child(ren)?|kids?|patients?|delegation|party|group|people)\b[^.!?]{0,30}\b(is|are|has been|have been|been|still|now|sitting|standing)\s+(waiting|stuck|stranded)\b|\bwaiting (in|at|outside|downstairs|by) (the )?(lobby|reception|front desk|door|entrance|airport|station|gate|car park)\b|\blocked (out|in)\b|\bcan'?t get (in|into) (my|the|our) room\b|\bkey ?card (doesn'?t|does not|won'?t) work\b|\b(nobody|no one) (came|showed up) to (pick|meet)\b/,
];
const DUE_TODAY = [
  /今天(之内|以内|内|前|下班前|中午前|晚上前|一定|必须|务必|得|要|需要|就要|截止|到期|回电|回复|联系|给我回)|今(晚|早|天晚上|天下午|天上午|天中午)(之前|前|[\d一二三四五六七八九十两]+点)|(今天|今晚|今日)[^，。,.!?！？]{0,10}(截止|到期|出发|登机|起飞|开会|会议|退房|入住|航班|之前|以前|前)|截止(时间|日期)?(是|就是|在)?今天|(一|半|两|1|2)个?小时(之|以)?内|下班(之|以)?前|中午(之|以)?前|马上(就)?要(出发|登机|开会|起飞)/,
  /\b(by|before|until|due|deadline|expires?|closes?|leaves?|leaving|departs?|departing|flight|meeting|must|need(s|ed)?|has to|have to|call (me )?back|get back to (me|us))\b[^.!?]{0,40}\b(today|tonight|this (morning|afternoon|evening))\b|\b(today|tonight|this (morning|afternoon|evening))\b[^.!?]{0,40}\b(deadline|due|expires?|closes?|before|by|flight|meeting|leav(e|es|ing)|depart(s|ing)?|check ?out|check ?in)\b|\b(end of (the )?day|eod|within (the|an|one|two|\d) hours?|in (half an|an|one|two|\d) hours?|before (noon|midday|lunch))\b/,
];
const NO_HURRY =
  /不急|不着急|不用急|不赶时间|有空(?!调)|方便的时候|慢慢来|\bno (rush|hurry)\b|\bwhenever\b|\bnot urgent\b|\bat your (convenience|leisure)\b|\bin your own time\b/i;

/** How urgent a message is, by what it is about (see above). */
export function urgencyOf(text: string): Urgency {
  const lower = text.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'");
  const about = lower.replace(NOT_AT_RISK, " ");
  const urgent = [...HEALTH_OR_SAFETY, ...WAITING, ...DUE_TODAY].some((rule) => rule.test(about));
  if (urgent) return "urgent";
  return NO_HURRY.test(lower) ? "low" : "normal";
}
