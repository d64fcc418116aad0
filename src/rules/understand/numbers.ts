import type { Said } from "../text.ts";

/** Numbers a caller says: a room or extension to ring by its number, or an outside number to dial (never). */

/** The caller talking about their own number or room, not asking us to reach one. */
const SELF =
  /我的(手机|电话|号码|手机号)|我(手机|电话)(号码?)?是|回电|回拨|打回|给我回|联系我|打给我|\bcall me\b|\bring me\b|\breach me\b|\bcontact me\b|\btext me\b|\bcall back\b|\bcallback\b|\bmy (mobile|cell|phone|number)\b/;
const SELF_ROOM =
  /我(是|住|在)(在)?\d|我是\d+(号房|房间|房)|我的房间|我房间|(这里|这边)是\d|\bmy room\b|\b(im|i am|this is|we are|were)\b.{0,40}\b(in|from) room\b|\bfrom room\b|\bstaying in room\b|\bthis is room\b/;
const DIAL_ZH =
  /转(?!账)|接(?!机|送|待)|拨|打给|打到|打电话|打这个|打一下|帮我打|呼叫|连线|连接|联系|打\d/;
/** Counted things: "1200元", "3 nights", "7点" are amounts and times, not numbers to ring. */
const COUNTED =
  /^\s*(元|块|人|位|晚|天|点|号(?!房|分机)|月|日|年|间|个|张|份|分(?!机)|%|am\b|pm\b|yuan|rmb|people|persons?|nights?|guests?|rooms?|dollars?)/;
const DIAL_EN = /\b(call|dial|transfer|connect|put me through|ring|patch|reach|get me)\b/;
const FILLER_ZH = /喂|你好|您好|请|帮我|麻烦|一下|那个|嗯|啊|呃|号码|电话|我要|我想|是|的/g;
const FILLER_EN = /\b(hello|hi|please|number|is|it|the|to|me|i|want|ok|okay|um|uh|er|a)\b/g;
/** Digits glued to letters are codes (flight CA1234), not numbers. */
const SPOKEN_NUMBER = /(?<![a-z\d])\+?\d(?:[\s\-.()]*\d)*(?![a-z\d])/g;
const ROOM_AFTER = /^\s*(号房|号房间|房间|房|号?分机)/;
const ROOM_BEFORE = /(room|extension|ext|房间|房号|房间号|分机|分机号)\s*(number|no|#)?\s*$/;
/**
 * Where something is brought ("extra towels in room 1208", "送两瓶水到1208房间"): the caller's
 * own room, not one to ring, unless they ask to be put through or to speak to someone.
 */
const BROUGHT_BEFORE_EN = /\b(in|to|into|for)( my)? room\s*(number|no|#)?\s*$/;
const BROUGHT_BEFORE_ZH = /(送|拿|放|带)[^转接拨打]{0,12}(到|去|进|来)\s*$/;
const REACH_EN = /\b(speak|talk|reach|get hold of|find|looking for)\b/;

interface Numbers {
  /** A phone-like number the caller wants dialled: never done. */
  outside: boolean;
  /** A room or extension the caller wants rung by its number: never confirmed. */
  room: boolean;
}

export function numbersIn(prepared: string, text: Said): Numbers {
  const found = { outside: false, room: false };
  const self = SELF.test(text.compact) || SELF.test(text.spaced);
  const selfRoom = SELF_ROOM.test(text.compact) || SELF_ROOM.test(text.spaced);
  const dial = DIAL_ZH.test(text.compact) || DIAL_EN.test(text.spaced);
  const reach = dial || REACH_EN.test(text.spaced) || /找|住/.test(text.compact);
  for (const match of prepared.matchAll(SPOKEN_NUMBER)) {
    const digits = match[0].replace(/\D/g, "");
    const before = prepared.slice(0, match.index).replace(/\s+/g, " ");
    const after = prepared.slice(match.index + match[0].length);
    if (COUNTED.test(after)) continue;
    const roomContext = ROOM_AFTER.test(after) || ROOM_BEFORE.test(before);
    const brought =
      !reach &&
      (BROUGHT_BEFORE_EN.test(before) ||
        (BROUGHT_BEFORE_ZH.test(before) && ROOM_AFTER.test(after)));
    if (brought) continue;
    const rest = `${before} ${after}`
      .replace(FILLER_EN, " ")
      .replace(/\s+/g, "")
      .replace(FILLER_ZH, "");
    const alone = rest.replace(/[^a-z\u3400-\u9fff]/g, "").length <= 2;
    if (roomContext && digits.length >= 3 && digits.length <= 6) {
      if (!selfRoom) found.room = true;
    } else if (digits.length >= 5) {
      if (!self && (dial || alone)) found.outside = true;
    } else if (digits.length >= 3 && !self && !selfRoom && (dial || alone)) {
      found.room = true;
    }
  }
  return found;
}

const OUTSIDE_ZH =
  /外线|外部(电话|号码)|长途|国际电话|(拨|打|转)(个|一个|这个|那个)(外部|外面的?)?(电话)?号码/;
const OUTSIDE_EN =
  /\boutside (line|number|call)\b|\bexternal (line|number)\b|\blong distance\b|\binternational call\b|\bdial out\b|\b(call|dial|ring|transfer|connect|put)\b.*\b(this|that|following|another|a) (phone |mobile |cell )?number\b/;

/** Told to ring this number, the one just dialled: "她让我们打这个号码", "she told us to call this number". */
const THIS_NUMBER_ZH = /(让|叫|说|告诉|给)(我|我们|咱们)(的)?(打|拨)这个(电话|号码|号)/;
const THIS_NUMBER_EN =
  /\b(told|asked|said|gave|given|got|found)\b.{0,24}\b(call|ring|dial|phone)? ?(this|your) number\b|\bthis number (from|on)\b/;

export function asksOutsideLine(text: Said): boolean {
  if (SELF.test(text.compact) || SELF.test(text.spaced)) return false;
  if (THIS_NUMBER_ZH.test(text.compact) || THIS_NUMBER_EN.test(text.spaced)) return false;
  return OUTSIDE_ZH.test(text.compact) || OUTSIDE_EN.test(text.spaced);
}

/**
 * Another organisation asked for: "帮我转一下工商银行", "帮我查一下合肥公积金中心的电话", "can you
 * give me the number for the immigration office". Its number is an outside one; what the
 * directory names itself or its departments (`ours`) is not.
 */
const PLACE_ZH =
  "[\\u3400-\\u9fff]{2,12}?(?:银行|医院|景区|酒家|饭店|酒楼|公司|酒店|大学|机场|火车站|高铁站|派出所|公安局|大使馆|领事馆|出入境|公积金中心|社保局|税务局|火锅店)";
/** Put through to it ("帮我转一下工商银行"), or its number asked for ("查一下医院的电话"), not the way there. */
const ELSEWHERE_ZH = new RegExp(
  `(?:转到|转接|转|接通)(?:一下|个)*(${PLACE_ZH})|(?:查|找|问|要)(?:一下|个)*(${PLACE_ZH})(?:的)?(?:电话|号码|总机|联系方式)`,
);
const ELSEWHERE_EN =
  /\b(?:number|phone number|contact|telephone) (?:for|of) (?:the )?((?:[a-z]+ ){1,4}(?:office|bank|hospital|embassy|consulate|airport|station|bureau))\b|\b(?:put me through|connect me|transfer me) to (?:the )?((?:[a-z]+ ){1,4}(?:bank|hospital|embassy|consulate|airport|police station))\b/;
/** Words no other organisation's name holds: "找一下林佳怡 我是恒信公司的" names a person. */
const NOT_A_NAME_ZH = /你|贵|咱|我|他|她|这边|这里|说|电话|的|是/;

export function asksElsewhere(text: Said, ours: (phrase: string) => boolean): boolean {
  const found = ELSEWHERE_ZH.exec(text.compact);
  const zh = found?.[1] ?? found?.[2];
  if (zh && !NOT_A_NAME_ZH.test(zh) && !ours(zh)) return true;
  const en = ELSEWHERE_EN.exec(text.spaced);
  const named = en?.[1] ?? en?.[2];
  return named !== undefined && !/\b(your|our)\b/.test(named) && !ours(named);
}
