/**
 * Who a caller says they are, from their answers to "may I have your name?" and "which
 * organisation are you with?". Callers often give their organisation in the same breath
 * ("我叫王小明，是东方贸易公司的", "John Baker from Acme Trading"); then it is taken from there
 * rather than asked for again.
 */

export interface Introduction {
  /** The name as said, without "我叫" or "my name is"; null when nothing was said. */
  name: string | null;
  /** The organisation, when the caller gave it with their name. */
  organisation: string | null;
  /** They said with their name that the call is a personal one. */
  personal: boolean;
}

const NAME_LEAD =
  /^(我叫|我是|我姓|免贵姓|免贵|(?:你|您)?叫我|my name is|this is|i am|i'm|it's|name's|(?:just )?call me)\s*/i;
/** "叫我小王就行": what follows the name when the caller says what to call them. */
const NAME_TAIL = /(就行了?|就可以了?|就好了?)$/;

/**
 * "好的", "是", "OK": agreeing to leave a message, said before (or instead of) the answer. Only
 * taken off when a pause or the end follows, so no name that starts with one loses it.
 */
const ACKNOWLEDGEMENT =
  /^(好的?|好吧|是的?|对|嗯+|行|可以|没问题|ok(?:ay)?|yes|yeah|sure|alright|all right|of course)(?:[\s.。!！,，]+|$)/iu;

/** An organisation answer's lead and tail: "我是…的", "我在…上班", "I'm calling from …". */
const ORGANISATION_LEAD_ZH = /^(?:我们|我|这边|我这边)?(?:是|来自|属于)/;
const ORGANISATION_TAIL_ZH = /(?:打来|这边)?的?$/;
const WORKS_AT_ZH = /^(?:我们|我)?在(.+?)(?:上班|工作)的?$/;
const ORGANISATION_LEAD_EN =
  /^(?:(?:(?:i'?m|i am|we'?re|we are|this is|it'?s)\s+)?(?:(?:calling|ringing)\s+)?(?:from|with|at|for)\s+|(?:this is|it'?s|we'?re|we are)\s+|(?:i|we) work (?:for|at)\s+)(?:the\s+)?/i;

/** Words that end the name of an organisation, so "X的王小明" can be read as one. */
const ORGANISATION_END =
  /(公司|集团|银行|酒店|饭店|宾馆|大学|学院|学校|医院|中心|协会|事务所|工作室|旅行社|研究所|研究院|委员会|政府|局|厂|店|社|所|院|部|处|科)$/;

/** "…，是东方贸易公司的" / "…，来自东方贸易": the organisation in a clause of its own. */
const ORGANISATION_CLAUSE_ZH = /^我?(是|来自)(.{2,40}?)的?$/;
/** "东方贸易公司的王小明": the organisation before the name. */
const ORGANISATION_BEFORE_ZH = /^(.{2,40}?)的(\p{Script=Han}{2,4})$/u;
/** "John Baker from Acme Trading", "Jane, calling from Contoso". */
const ORGANISATION_AFTER_EN = /^(.+?),?(?:\s+calling)?\s+(?:from|with|at)\s+(?:the\s+)?(.+)$/i;

/** Said instead of an organisation: a personal call. */
const PERSONAL =
  /^(个人|私人|私事|个人的事|私人的事|个人来电|没有|无|没有单位|没有公司|不是公司|不是单位|(?:it'?s\s+)?(?:a\s+)?(?:personal|private)(?:\s+(?:call|matter))?|none|no company|myself|just me)[\s.。!！]*$/i;

/**
 * "不用了", "no thanks", "我晚点再打": said instead of a name when a message is about to be taken,
 * it is no message at all.
 */
const DECLINE =
  "不用了?|不需要了?|不要了?|算了|不留了?|不留言了?|没事了?|no|nope|no message|never ?mind|not now|(?:那)?我(?:再|晚点|晚点儿|等会儿?|稍后|明天|回头)(?:再)?(?:打|打过来|打来|联系)(?:吧)?|(?:i'?ll|i will) (?:call|ring|try) (?:back|again)(?: later)?";
const THANKS = "谢谢|多谢|thanks|thank you";
const PAUSE = "[\\s.。!！,，]*";
const NO_MESSAGE = new RegExp(
  `^(?:(?:${THANKS})${PAUSE})?(?:${DECLINE})(?:${PAUSE}(?:${DECLINE}|${THANKS}))*${PAUSE}$`,
  "i",
);

/** The caller would rather not leave a message. */
export function declinesMessage(said: string): boolean {
  return NO_MESSAGE.test(said.trim());
}

/** An answer without its trailing punctuation. */
function cleanAnswer(text: string): string {
  return text.replace(/[。.!！?？,，]+$/u, "").trim();
}

/** An answer without the "好的" or "OK" it may start with. */
function withoutAcknowledgement(said: string): string {
  let answer = said.trim();
  for (let before = ""; before !== answer; ) {
    before = answer;
    answer = answer.replace(ACKNOWLEDGEMENT, "");
  }
  return answer;
}

export function introduction(said: string): Introduction {
  const answer = cleanAnswer(
    cleanAnswer(withoutAcknowledgement(said).replace(NAME_LEAD, "")).replace(NAME_TAIL, ""),
  );
  if (!answer) return { name: null, organisation: null, personal: false };

  const [first, second, ...rest] = answer.split(/\s*[，,]\s*/u);
  if (first && second && rest.length === 0) {
    const clause = ORGANISATION_CLAUSE_ZH.exec(second);
    // "是…的" is said of more than organisations ("是来咨询的"): only one by its name's end.
    if (clause?.[1] && clause[2]) {
      const named = clause[1] === "来自" || ORGANISATION_END.test(clause[2]);
      return named ? withOrganisation(first, clause[2]) : nameOnly(first);
    }
    if (ORGANISATION_END.test(second) || PERSONAL.test(second)) {
      return withOrganisation(first, second);
    }
  }
  const before = ORGANISATION_BEFORE_ZH.exec(answer);
  if (before?.[1] && before[2] && ORGANISATION_END.test(before[1])) {
    return withOrganisation(before[2], before[1]);
  }
  const after = ORGANISATION_AFTER_EN.exec(answer);
  if (after?.[1] && after[2]) return withOrganisation(after[1], cleanAnswer(after[2]));
  return nameOnly(answer);
}

function nameOnly(name: string): Introduction {
  return { name, organisation: null, personal: false };
}

function withOrganisation(name: string | null, organisation: string): Introduction {
  return PERSONAL.test(organisation)
    ? { name, organisation: null, personal: true }
    : { name, organisation, personal: false };
}

/**
 * The answer to "which organisation are you with?": the organisation without "我是…的" or
 * "I'm calling from", a personal call, and the name when it came too ("我是华为的王强").
 */
export function organisationAnswer(said: string): Introduction {
  const answer = cleanAnswer(withoutAcknowledgement(said));
  if (!answer || declinesMessage(answer))
    return { name: null, organisation: null, personal: false };
  if (PERSONAL.test(answer)) return { name: null, organisation: null, personal: true };
  const english = answer.replace(ORGANISATION_LEAD_EN, "");
  if (english !== answer) return withOrganisation(null, cleanAnswer(english));
  const named = introduction(answer);
  if (named.organisation || named.personal) return named;
  const bare =
    WORKS_AT_ZH.exec(answer)?.[1] ??
    answer.replace(ORGANISATION_LEAD_ZH, "").replace(ORGANISATION_TAIL_ZH, "");
  const before = ORGANISATION_BEFORE_ZH.exec(bare);
  // "华为的王强": asked for an organisation, what comes before the name is one.
  if (before?.[1] && before[2]) return withOrganisation(before[2], before[1]);
  if (!bare) return { name: null, organisation: null, personal: false };
  return withOrganisation(null, bare);
}
